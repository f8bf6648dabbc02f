import postgres from 'postgres';

export type ServiceDatabase = { database: string; role: string; password: string };

/**
 * One database and one role per service (ARCHITECTURE §1): the role owns its
 * database and cannot connect to any other.
 */
export async function provisionServiceDatabase(adminUrl: string, spec: ServiceDatabase): Promise<string> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const role = await sql`select 1 from pg_roles where rolname = ${spec.role}`;
    if (role.length === 0) {
      await sql.unsafe(`create role ${ident(spec.role)} login password ${literal(spec.password)}`);
    } else {
      await sql.unsafe(`alter role ${ident(spec.role)} login password ${literal(spec.password)}`);
    }
    const db = await sql`select 1 from pg_database where datname = ${spec.database}`;
    if (db.length === 0) await sql.unsafe(`create database ${ident(spec.database)} owner ${ident(spec.role)}`);
    await sql.unsafe(`revoke connect on database ${ident(spec.database)} from public`);
  } finally {
    await sql.end();
  }
  const url = new URL(adminUrl);
  url.username = spec.role;
  url.password = spec.password;
  url.pathname = `/${spec.database}`;
  return url.toString();
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
