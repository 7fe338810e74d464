// Terraform plans in `terraform show -json`'s format, written for tests and the bench (providers
// cannot be downloaded here, so provider-shaped plans are fixtures in the documented format).

/**
 * A plan of one DynamoDB global table, aws_dynamodb_table.t, with these replicas, the AWS provider
 * configured in eu-west-3.
 */
export function dynamoGlobalTablePlan(replica) {
  const address = "aws_dynamodb_table.t";
  return {
    format_version: "1.2",
    planned_values: {
      root_module: { resources: [{ address, mode: "managed", type: "aws_dynamodb_table", name: "t", values: { name: "t", replica } }] },
    },
    resource_changes: [],
    configuration: {
      provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "eu-west-3" } } } },
      root_module: { resources: [{ address, provider_config_key: "aws" }] },
    },
  };
}
