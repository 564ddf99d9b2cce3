/**
 * Non-standard ways of naming the General Secretary, for the rule leader-title (issue 10, class 2).
 * Party reports write 习近平总书记 (or 习近平同志); after a full mention 总书记 alone is fine. Source:
 * the usage of 人民日报, 新华社 and the central documents (full name and title on first mention).
 */
export interface LeaderTitleForm {
  text: string;
  fix: string;
  severity: "error" | "warning";
  /** "short": a clipped title; "informal": a nickname. */
  kind: "short" | "informal";
}

export const leaderTitleForms: readonly LeaderTitleForm[] = [
  { text: "习总书记", fix: "习近平总书记", severity: "error", kind: "short" },
  { text: "习主席", fix: "习近平总书记", severity: "warning", kind: "short" },
  { text: "习大大", fix: "习近平总书记", severity: "error", kind: "informal" },
  { text: "近平总书记", fix: "习近平总书记", severity: "error", kind: "short" },
];

/** Characters that form a word with a following 习 (学习总书记…, 练习大大…): not the surname. */
export const wordsEndingInXi = "学复研实见自演练补温修讲积传预陋恶";
