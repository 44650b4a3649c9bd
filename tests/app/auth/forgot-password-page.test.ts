// /forgot-password, rendered to HTML: with e-mail on it asks for the address; without it, it
// says so and explains the two ways back in (an instructor's link, the admin command).
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";

vi.mock("@/lib/auth/redirect-if-signed-in", () => ({ redirectIfSignedIn: async () => undefined }));
vi.mock("@/lib/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { default: ForgotPasswordPage } = await import("@/app/(auth)/forgot-password/page");

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  resetEnvCache();
});

describe("the forgot-password page", () => {
  it("without e-mail: says it cannot send a link and how an instructor or the administrator can reset it", async () => {
    const html = renderToStaticMarkup(await ForgotPasswordPage());
    expect(html).toContain("does not send e-mail");
    expect(html).toContain("ask the instructor of one of your classes");
    expect(html).toContain("npm run admin -- reset-password --email");
    expect(html).not.toContain('data-testid="forgot-form"');
  });

  it("with e-mail: asks for the address", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    process.env.APP_URL = "https://practice.example.test";
    resetEnvCache();
    const html = renderToStaticMarkup(await ForgotPasswordPage());
    expect(html).toContain('data-testid="forgot-form"');
    expect(html).not.toContain("npm run admin");
  });
});
