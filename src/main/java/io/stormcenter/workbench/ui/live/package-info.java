/**
 * The Live panel: collection for the open model's deployment (the cluster's streams by default, the
 * HTTPS receiver and Kafka as options) started and stopped off the FX thread, a status line per
 * source, rates and counts by sensor and outcome, and a feed of the latest observations with filters.
 * Observations arrive from the sources' threads thousands a second; they are gathered and applied a
 * few times a second, so the window never stalls. View model, the feed and the view built in code.
 */
package io.stormcenter.workbench.ui.live;
