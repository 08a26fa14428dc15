package io.stormcenter.workbench.honeycluster;

/** The decoy dashboard's page: looks like an operations console that skipped its login. */
final class DashboardPage {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Kubernetes Dashboard - prod-eu-central-1</title></head>
            <body style="font-family: sans-serif">
            <h1>Kubernetes Dashboard</h1>
            <p>Cluster <b>prod-eu-central-1</b> &middot; signed in as <b>cluster-admin</b> (skip-login enabled)</p>
            <ul>
              <li><a href="/api/v1/namespaces">Namespaces</a></li>
              <li><a href="/api/v1/secrets">Secrets</a></li>
              <li><a href="/apis/apps/v1/deployments">Deployments</a></li>
            </ul>
            <p>Service account token for automation: see Secret <code>dashboard-admin-token</code>.</p>
            </body>
            </html>
            """;

    private DashboardPage() {
    }
}
