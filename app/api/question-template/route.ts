// GET /api/question-template — an example question bank to fill in. Public: it holds no data.
import { TEMPLATE_CSV } from "@/lib/csv/questions";

export function GET() {
  return new Response(`\ufeff${TEMPLATE_CSV}`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="question-bank-template.csv"' },
  });
}
