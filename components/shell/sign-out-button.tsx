"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";

export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-sm btn-ghost"
      disabled={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
    >
      <Icon name="signOut" />
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
