package io.stormcenter.workbench.model;

/** How bad a validation problem is: an error makes the tree unusable for analysis and deploy. */
public enum Severity {
    ERROR,
    WARNING
}
