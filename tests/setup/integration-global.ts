import { buildTemplate } from "./test-db";

/** Once per `vitest` run: migrate the template database the suites clone. */
export default async function setup() {
  await buildTemplate();
}
