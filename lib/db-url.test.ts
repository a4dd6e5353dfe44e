import { describe, expect, it } from "vitest";
import { databaseUrl, describeDatabase, isPostgresUrl, pgConfigFromUrl } from "./db-url";

describe("DATABASE_URL", () => {
  it("picks SQLite for file: and PostgreSQL for postgres(ql)://", () => {
    expect(isPostgresUrl(databaseUrl({}))).toBe(false);
    expect(isPostgresUrl("postgresql://kefu@db/kefu")).toBe(true);
    expect(isPostgresUrl("postgres://kefu@db/kefu")).toBe(true);
  });

  it("never shows the password when describing where the data lives", () => {
    expect(describeDatabase("postgresql://kefu:s3cret%21@10.0.0.5:5433/kefu")).toBe("PostgreSQL 10.0.0.5:5433/kefu");
    expect(describeDatabase("file:./data/app.db")).toBe("./data/app.db");
  });

  it("gives node-postgres discrete fields, decoding the password and keeping a schema", () => {
    expect(pgConfigFromUrl("postgresql://kefu:p%40ss@127.0.0.1/school?schema=kefu")).toEqual({
      host: "127.0.0.1",
      port: 5432,
      user: "kefu",
      password: "p@ss",
      database: "school",
      options: "-c search_path=kefu",
    });
  });
});
