-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- A new password or role ends every session of the account, whoever changes it (the app, or an
-- administrator in psql): sessions carry the version they were issued at.
CREATE OR REPLACE FUNCTION "user_bump_session_version"() RETURNS trigger AS $$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash" OR NEW."role" IS DISTINCT FROM OLD."role" THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "user_session_version"
  BEFORE UPDATE OF "passwordHash", "role" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_bump_session_version"();
