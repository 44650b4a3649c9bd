"use client";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button variant="outline" onClick={() => window.print()} className="print:hidden" data-testid="print-report">
      <Printer aria-hidden /> Print / Save as PDF
    </Button>
  );
}
