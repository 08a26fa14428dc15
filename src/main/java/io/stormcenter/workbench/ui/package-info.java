/**
 * The JavaFX workbench window: views built in code or FXML, and view models that hold state as JavaFX properties. The only package that imports JavaFX; imports every core package, never {@code cli}.
 */
package io.stormcenter.workbench.ui;
