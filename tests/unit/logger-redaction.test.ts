import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "~/server/logger";

/** A logger with the app's options whose JSON lines are collected in memory. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ ...loggerOptions, level: "trace" }, stream), text: () => lines.join("") };
}

describe("logs never carry secrets", () => {
  it("redacts passwords, tokens, API keys, cookies and authorization headers at the top level and one level down", () => {
    const secrets = {
      password: "hunter2-correct-horse",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
      token: "inv_9f8e7d6c5b4a39281706",
      apiKey: "ssi_live_0123456789abcdefghij",
      authorization: "Bearer ssi_live_abcdefghij0123456789",
      cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0",
    };
    const { log, text } = capture();
    log.info({ password: secrets.password, passwordHash: secrets.passwordHash, token: secrets.token, apiKey: secrets.apiKey }, "top level");
    log.warn({ input: { email: "rep@example.com", password: secrets.password }, invitation: { token: secrets.token } }, "nested");
    log.error({ req: { headers: { authorization: secrets.authorization, cookie: secrets.cookie } } }, "request");
    log.info({ headers: { cookie: secrets.cookie }, call: { authorization: secrets.authorization, apiKey: secrets.apiKey } }, "other shapes");

    const out = text();
    for (const [name, value] of Object.entries(secrets)) expect(out, name).not.toContain(value);
    // The lines are still useful: what is not secret stays, what is secret is marked.
    expect(out).toContain("rep@example.com");
    expect(out.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(10);
    expect(out.split("\n").filter(Boolean)).toHaveLength(4);
  });
});
