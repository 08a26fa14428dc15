/**
 * Quantification of attack-defense trees: the bottom-up attribute domains of DESIGN.md (probability, minimal cost, time and skill, risk), attacker profiles, ranked attack scenarios, and later Bayesian calibration and countermeasure selection. Imports only {@code model}.
 */
package io.stormcenter.workbench.analysis;
