/** A small labelled figure, used inside a <dl>. */
export function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded-md bg-muted p-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
