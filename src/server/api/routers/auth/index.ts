import { router } from "~/server/api/trpc";
import { accept, describe, signUpAndAccept } from "./invitations";
import { signUp } from "./sign-up";

export const authRouter = router({
  signUp,
  invitation: router({ describe, accept, signUpAndAccept }),
});
