/** Where the organisation's template pack is kept in the user's settings (no schema here: see packs.ts). */
export const PACK_KEY = "templates.pack";
