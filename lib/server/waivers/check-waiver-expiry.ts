import { latestWaiverExpiry } from "@/lib/shared/waiver-view";
import { AppError } from "@/lib/server/http/app-error";

/** A new waiver's expiry must lie in the future and at most one calendar year ahead (latestWaiverExpiry). */
export function checkWaiverExpiry({ expiresAt, now }: { expiresAt: Date; now: Date }): void {
  if (expiresAt.getTime() <= now.getTime()) {
    throw new AppError("bad_request", "The expiry date must be in the future.", { field: "expiresAt" });
  }
  if (expiresAt.getTime() > latestWaiverExpiry(now).getTime()) {
    throw new AppError("bad_request", "A waiver can last one year at most; review it again then.", {
      field: "expiresAt",
    });
  }
}
