/**
 * Property tests as plain JUnit 5: seeds for parameterized tests ({@link io.stormcenter.workbench.testing.Seeds}),
 * and laws over trees that, when they fail, search for the smallest failing tree and name the seed
 * ({@link io.stormcenter.workbench.testing.TreeLaw}).
 */
package io.stormcenter.workbench.testing;
