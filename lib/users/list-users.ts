import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { toUserDto, type UserDto } from "./schema";

/** Every account, by email (a team's list: small enough to return whole). */
export async function listUsers(actor: Actor): Promise<UserDto[]> {
  assertCan(actor, "users:manage");
  const rows = await getDb().user.findMany({ orderBy: { email: "asc" } });
  return rows.map(toUserDto);
}
