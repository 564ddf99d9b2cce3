/** Strings of the phrase library: the 短语 tab and `lianzheng snippets`. */
import { defineMessages } from "..";

export const phrasesText = defineMessages({
  "zh-CN": {
    // command line
    "cli.description": "在短语库中查找规范表述和常用语句（汉字、全拼、首字母均可），或导出短语包",
    "cli.query": "查询词：汉字、全拼（liangge weihu）、首字母（lgwh）或混合（两个wh）",
    "cli.limit": "最多显示几条（默认 20；0 表示不限）",
    "cli.category": "只看某一类（类别 id 或中文名，如 problems 或 存在问题）",
    "cli.section": "只看适用于某一部分的短语：opening|work|problems|next-steps|closing",
    "cli.all": "列出整个短语库（忽略查询词）",
    "cli.export": "把短语库（或按 --category 筛选后的部分）导出为短语包 JSON 文件",
    "cli.pack": "同时在这些短语包（JSON）中查找",
    "cli.badLimit": "--limit 须为非负整数，收到“{value}”",
    "cli.badCategory": "未知类别“{value}”。可用：{list}",
    "cli.badSection": "未知部分“{value}”。可用：{list}",
    "cli.noResults": "未找到与“{query}”相符的短语。",
    "cli.exported": "已导出 {count} 条短语到 {file}",
    "cli.writeFailed": "无法写入 {file}：{message}",
    "cli.packUnreadable": "无法读取短语包 {file}：{message}",
    "cli.packInvalid": "短语包 {file} 无效，未使用其中任何短语：{issues}",
    "cli.queryWithAll": "--all 与查询词不能同时使用",
    // pack issues
    "pack.issueEntry": "第 {entry} 条（{id}）字段“{field}”：{message}",
    "pack.issuePack": "字段“{field}”：{message}",
  },
  "en-US": {
    "cli.description":
      "Search the phrase library for standard formulations and stock sentences (characters, full pinyin or initials), or export it as a pack",
    "cli.query": "query: characters, full pinyin (liangge weihu), initials (lgwh) or a mix (两个wh)",
    "cli.limit": "show at most this many (default 20; 0 for no limit)",
    "cli.category": "only one category (its id or Chinese name, e.g. problems or 存在问题)",
    "cli.section": "only snippets that suit a part of the report: opening|work|problems|next-steps|closing",
    "cli.all": "list the whole library (no query)",
    "cli.export": "export the library (or the --category part of it) as a pack JSON file",
    "cli.pack": "also search these packs (JSON)",
    "cli.badLimit": '--limit must be a non-negative integer, got "{value}"',
    "cli.badCategory": 'Unknown category "{value}". Available: {list}',
    "cli.badSection": 'Unknown section "{value}". Available: {list}',
    "cli.noResults": 'No snippet matches "{query}".',
    "cli.exported": "Exported {count} snippets to {file}",
    "cli.writeFailed": "Cannot write {file}: {message}",
    "cli.packUnreadable": "Cannot read the pack {file}: {message}",
    "cli.packInvalid": "The pack {file} is invalid; none of its snippets was used: {issues}",
    "cli.queryWithAll": "--all cannot be combined with a query",
    "pack.issueEntry": 'entry {entry} ({id}), field "{field}": {message}',
    "pack.issuePack": 'field "{field}": {message}',
  },
});
