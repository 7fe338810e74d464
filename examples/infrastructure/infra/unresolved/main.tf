# Warning: the region comes from the environment (AWS_REGION) at apply time; dpa-lint will not
# guess it.
provider "aws" {}

resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}
