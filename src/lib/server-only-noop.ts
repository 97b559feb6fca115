// Stand-in for the `server-only` package in the worker and CLIs (see tsconfig.node.json).
export {};
