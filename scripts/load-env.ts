// Scripts see the same .env / .env.local files Next.js loads.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
