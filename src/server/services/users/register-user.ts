import { Prisma } from "@prisma/client";
import type { Tx } from "~/server/db";
import { conflict } from "~/server/errors";

/** Inserts a credentials user (hash the password before opening the transaction). */
export async function insertUser(tx: Tx, input: { email: string; name: string; passwordHash: string }) {
  try {
    return await tx.user.create({
      data: { email: input.email.toLowerCase(), name: input.name, passwordHash: input.passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw conflict("An account with this e-mail already exists. Sign in instead.");
    }
    throw e;
  }
}
