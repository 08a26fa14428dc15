/**
 * Quantification of attack-defense trees: the bottom-up attribute domains of DESIGN.md (probability, minimal cost, time and skill, risk), attacker profiles, ranked attack scenarios, Bayesian calibration of the estimates by observed evidence (k of n per node, by origin) and the choice of defences for a budget. Imports only {@code model}.
 */
package io.stormcenter.workbench.analysis;
