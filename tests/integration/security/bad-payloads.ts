// The bad inputs of the sweep, and the input fields of a procedure read from its zod schemas.
import type { AnyProcedure } from "@trpc/server";

export interface Payload {
  name: string;
  value: unknown;
  /** A string some text fields accept as it is: stored verbatim, it must round-trip exactly. */
  text?: boolean;
}

export const MB = 1 << 20;

export const PAYLOADS: Payload[] = [
  { name: "empty string", value: "" },
  { name: "empty object", value: {} },
  { name: "1 MB string", value: "x".repeat(MB) },
  { name: "number for string", value: 12345 },
  { name: "array for object", value: ["a", 1] },
  { name: "null", value: null },
  { name: "boolean", value: true },
  { name: "NaN", value: Number.NaN },
  { name: "huge number", value: 1e308 },
  { name: "negative number", value: -1 },
  { name: "query operator object", value: { $ne: "", not: null } },
  { name: "emoji", value: "Team 😀🚀✨ 👩🏽‍💻", text: true },
  { name: "RTL", value: "\u202Eevil\u202C مرحبا بالعالم", text: true },
  { name: "NUL byte", value: "before\u0000after" },
  { name: "lone high surrogate", value: "x\uD800y" },
  { name: "lone low surrogate", value: "x\uDC00y" },
  { name: "script tag", value: "<script>alert(1)</script>", text: true },
  { name: "attribute breakout", value: '"><img src=x onerror=alert(1)>', text: true },
  { name: "SQL OR", value: "' OR 1=1 --", text: true },
  { name: "SQL DROP", value: "'; DROP TABLE \"User\"; --", text: true },
];

/** Whole inputs that are not an object with the right fields. */
export const WHOLE_INPUTS: Payload[] = [
  { name: "no input", value: undefined },
  { name: "null input", value: null },
  { name: "empty object input", value: {} },
  { name: "array input", value: [] },
  { name: "string input", value: "' OR 1=1 --" },
  { name: "number input", value: 42 },
];

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; in?: ZodLike; shape?: Record<string, ZodLike> } };
}

/** Through optional, nullable, default, pipe (transforms)... to the schema that holds the shape. */
function unwrap(s: ZodLike): ZodLike {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const def = cur._zod.def;
    if (def.innerType) cur = def.innerType;
    else if (def.type === "pipe" && def.in) cur = def.in;
    else break;
  }
  return cur;
}

/** Every field path of a procedure's input (objects are walked; the fields of nested objects too). */
export function inputFields(proc: AnyProcedure): string[][] {
  const out: string[][] = [];
  const walk = (s: ZodLike, path: string[]) => {
    const u = unwrap(s);
    if (u._zod.def.type !== "object" || !u._zod.def.shape) {
      if (path.length) out.push(path);
      return;
    }
    if (path.length) out.push(path);
    for (const [k, v] of Object.entries(u._zod.def.shape)) walk(v, [...path, k]);
  };
  for (const input of (proc._def as unknown as { inputs: ZodLike[] }).inputs) walk(input, []);
  // orgInput and the procedure's own object both name orgSlug only once.
  return [...new Map(out.map((p) => [p.join("."), p])).values()];
}

/** A copy of `input` with the value at `path` replaced. */
export function setAt(input: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  const current = input[head!];
  return {
    ...input,
    [head!]: rest.length ? setAt(current && typeof current === "object" && !Array.isArray(current) ? (current as Record<string, unknown>) : {}, rest, value) : value,
  };
}
