# Compliant: every location is one the AWS vendor setup declares, set statically.
variable "region" {
  type    = string
  default = "eu-west-3"
}

locals {
  backup_region = "eu-central-1"
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "backup"
  region = local.backup_region
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket" "backups" {
  provider = aws.backup
  bucket   = "acme-backups"
}

# Identity has no location: never a finding.
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}
