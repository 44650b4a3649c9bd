// GET /api/question-template — an example question bank to fill in. Public: it holds no data.
import { TEMPLATE_CSV } from "@/lib/csv/questions";
import { anyone, apiRoute } from "@/lib/http";

export const GET = apiRoute(
  { surface: "csv", session: anyone },
  async () =>
    new Response(`\ufeff${TEMPLATE_CSV}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="question-bank-template.csv"' },
    }),
);
