import { Lock, LockOpen } from "lucide-react";
import { Badge } from "@/components/ui/badge";

export function TopicLockBadge({ unlocked }: { unlocked: boolean }) {
  return unlocked ? (
    <Badge variant="success">
      <LockOpen className="size-3" aria-hidden /> Open
    </Badge>
  ) : (
    <Badge variant="secondary">
      <Lock className="size-3" aria-hidden /> Locked
    </Badge>
  );
}
