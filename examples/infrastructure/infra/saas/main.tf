# Violating: a monitoring SaaS that receives logs, with no vendor setup (and so no DPA) on record.
provider "datadog" {
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "errors" {
  name    = "errors"
  type    = "log alert"
  query   = "logs(\"status:error\").index(\"*\").rollup(\"count\").last(\"5m\") > 10"
  message = "Errors are up"
}
