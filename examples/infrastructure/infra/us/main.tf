# Violating: the database moved to a region the vendor setup does not declare, outside the EEA
# without a transfer mechanism.
provider "aws" {
  region = "eu-west-3"
}

resource "aws_db_instance" "crm" {
  identifier     = "crm"
  engine         = "postgres"
  instance_class = "db.t4g.micro"
  region         = "us-east-1"
}
