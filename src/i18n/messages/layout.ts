/** Strings of the 排版 tab (GB/T 9704-2012 paragraph formats). */
import { defineMessages } from "..";

export const layoutText = defineMessages({
  "zh-CN": {
    intro:
      "按 GB/T 9704-2012《党政机关公文格式》设置标题、主送、正文、各级标题、落款和日期的字体、字号、对齐、缩进和行距。",
    read: "读取文档",
    reading: "正在读取文档…",
    apply: "应用公文格式",
    applying: "正在应用公文格式…",
    fallback: "使用替代字体（仿宋、楷体、宋体）",
    "fallback.hint":
      "本机没有仿宋_GB2312、楷体_GB2312、方正小标宋简体时再勾选；不勾选时按标准写入这些字体名。",
    "fallback.saveFailed": "这一选项本次有效，但未能保存。",
    notRead: "点击“读取文档”查看各部分将采用的格式。",
    empty: "文档是空的，没有可排版的段落。",
    summary: "共 {paragraphs} 段，识别出 {recognised} 段，其中 {differ} 段与公文格式不同。",
    "summary.skipped": "空段和表格中的 {count} 段保持不变。",
    "table.label": "各部分的公文格式",
    "col.role": "部分",
    "col.count": "段数",
    "col.format": "公文格式",
    "col.differ": "需调整",
    "differ.none": "已符合",
    "role.title": "标题",
    "role.addressee": "主送",
    "role.body": "正文",
    "role.heading1": "一级标题",
    "role.heading2": "二级标题",
    "role.heading3": "三级标题",
    "role.heading4": "四级标题",
    "role.closing": "结束语",
    "role.signature": "落款",
    "role.date": "日期",
    "format.size": "{name}（{pt}磅）",
    "format.bold": "加粗",
    "format.indent": "首行缩进{chars}字",
    "format.noIndent": "不缩进",
    "format.spacing": "行距固定值{pt}磅",
    "align.left": "左对齐",
    "align.centered": "居中",
    "align.right": "右对齐",
    "align.justified": "两端对齐",
    "align.distributed": "分散对齐",
    "done.applied": "已按公文格式调整 {count} 段。",
    "done.none": "各段已符合公文格式，无需调整。",
    "done.stale":
      "{count} 段在读取后被修改，已跳过，未改动。已重新读取文档，可再次点击“应用公文格式”处理这些段落。",
    "done.fallback": "使用了替代字体。",
    undo: "撤销排版",
    undoing: "正在撤销排版…",
    "undo.done": "已恢复排版前的格式（{count} 处）。",
    "undo.skipped": "{count} 段在排版后被修改，保持不变。",
    "undo.none": "没有可撤销的排版。",
    "gap.title": "以下内容未能自动设置，请手动完成：",
    "gap.pageSetup":
      "页面：此版本 Word 不能设置页边距。请在“布局 > 页边距 > 自定义页边距”中设为上37毫米、下35毫米、左28毫米、右26毫米，纸张A4。",
    "gap.pageNumbers":
      "页码：此版本 Word（如网页版）不能插入页码域。请在“插入 > 页码 > 页面底端”插入，格式“— 1 —”，4号半角宋体。",
    "gap.oddEvenFooters":
      "奇偶页：此版本 Word 不能分设奇偶页页脚。请在页脚中勾选“奇偶页不同”，奇数页页码居右、偶数页居左。",
    "gap.latinFont":
      "数字和西文：此版本 Word 只能给文字设一种字体，已设为中文字体。如需 Times New Roman，请选中正文，在“字体”对话框的“西文字体”中选择。",
    "gap.exactLineSpacing":
      "行距：未能设为固定值{pt}磅（此版本 Word 不支持，或文档中已有的“公文正文”等样式保留了原来的行距）。请选中全文，在“段落 > 行距”中选“固定值”，设置值{pt}磅。",
    "gap.runInHeadings":
      "连排标题：{count} 个标题句未能定位（段落含批注、脚注或修订），请选中这些标题句，手动设置为该级标题的字体。",
    "gap.wps.oddEvenFooters":
      "奇偶页：此版本 WPS 不能分设奇偶页页脚，页码已统一居右。如需奇偶页不同，请在页脚中勾选“奇偶页不同”，奇数页页码居右、偶数页居左。",
    "gap.wps.pageNumbers":
      "页码：未能在页脚插入页码域，页脚保持原样。请在“插入 > 页码”中插入，格式“— 1 —”，4号半角宋体，奇数页居右、偶数页居左。",
    "gap.wps.runInHeadings":
      "连排标题：{count} 个标题句所在段落在读取后已改动，未设置字体。请重新读取后再排版，或选中这些标题句，手动设置为该级标题的字体。",
    "gap.footerKept":
      "页码：页脚中已有其他内容，未作改动。如需页码，请在页脚插入页码，格式“— 1 —”，4号半角宋体，奇数页居右、偶数页居左。",
    "profile.label": "排版方案",
    "profile.standard": "国家标准 GB/T 9704-2012",
    "profile.import": "导入方案",
    "profile.export": "导出方案",
    "profile.imported": "已导入 {count} 个排版方案。",
    "profile.invalid": "文件不是有效的排版方案，未导入任何内容：{reason}",
    "profile.readError": "无法读取文件：{message}",
    "profile.exportNone": "还没有自己的排版方案可导出。",
    "profile.saveFailed": "方案本次有效，但未能保存。",
    "rule.font": "{role}有 {count} 段字体不是{want}（{list}）。可在“排版”中一键设置。",
    "rule.size": "{role}有 {count} 段字号不是{want}（{list}）。可在“排版”中一键设置。",
    "rule.indent": "{role}有 {count} 段首行缩进不是{want}（{list}）。可在“排版”中一键设置。",
    "rule.alignment": "{role}有 {count} 段对齐方式不是{want}（{list}）。可在“排版”中一键设置。",
    "rule.lineSpacing": "{role}有 {count} 段行距不是固定值28—29磅（{list}）。可在“排版”中一键设置。",
    "rule.paragraphs": "第{list}段",
  },
  "en-US": {
    intro:
      "Sets font, size, alignment, indent and line spacing of the title, addressee, body, headings, signature and date as GB/T 9704-2012 (format of official documents) prescribes.",
    read: "Read document",
    reading: "Reading the document…",
    apply: "Apply official format",
    applying: "Applying the official format…",
    fallback: "Use fallback fonts (FangSong, KaiTi, SimSun)",
    "fallback.hint":
      "Tick this only when 仿宋_GB2312, 楷体_GB2312 or 方正小标宋简体 are missing on this computer; otherwise the standard's font names are set.",
    "fallback.saveFailed": "This option applies now but could not be saved.",
    notRead: "Press “Read document” to see the format each part gets.",
    empty: "The document is empty; there is nothing to format.",
    summary:
      "{paragraphs} paragraphs, {recognised} recognised, {differ} of them differ from the official format.",
    "summary.skipped": "{count} empty or table paragraphs are left as they are.",
    "table.label": "Official format of each part",
    "col.role": "Part",
    "col.count": "Paragraphs",
    "col.format": "Official format",
    "col.differ": "To change",
    "differ.none": "OK",
    "role.title": "Title",
    "role.addressee": "Addressee",
    "role.body": "Body",
    "role.heading1": "Level-1 heading",
    "role.heading2": "Level-2 heading",
    "role.heading3": "Level-3 heading",
    "role.heading4": "Level-4 heading",
    "role.closing": "Closing",
    "role.signature": "Signature",
    "role.date": "Date",
    "format.size": "{pt} pt ({name})",
    "format.bold": "bold",
    "format.indent": "first line indented {chars} characters",
    "format.noIndent": "no indent",
    "format.spacing": "exact line spacing {pt} pt",
    "align.left": "left",
    "align.centered": "centred",
    "align.right": "right",
    "align.justified": "justified",
    "align.distributed": "distributed",
    "done.applied": "Formatted {count} paragraphs as the official format prescribes.",
    "done.none": "Every paragraph already has the official format; nothing to change.",
    "done.stale":
      "{count} paragraphs were changed after the document was read and were skipped, untouched. The document was read again; press “Apply official format” once more to format them.",
    "done.fallback": "Fallback fonts were used.",
    undo: "Undo layout",
    undoing: "Undoing the layout…",
    "undo.done": "The formats from before the layout are back ({count} places).",
    "undo.skipped": "{count} paragraphs changed after the layout and were left as they are.",
    "undo.none": "There is no layout to undo.",
    "gap.title": "Not set automatically; please do it by hand:",
    "gap.pageSetup":
      "Page: this Word cannot set margins. Under Layout > Margins > Custom Margins set top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, paper A4.",
    "gap.pageNumbers":
      "Page numbers: this Word (e.g. on the web) cannot insert a page field. Use Insert > Page Number > Bottom of Page, format “— 1 —”, 14 pt SimSun.",
    "gap.oddEvenFooters":
      "Odd and even pages: this Word cannot set separate footers. Tick “Different Odd & Even Pages” in the footer; odd page numbers right, even left.",
    "gap.latinFont":
      "Digits and Latin letters: this Word sets one font only, the Chinese one. For Times New Roman select the body and choose it as the Latin text font in the Font dialog.",
    "gap.exactLineSpacing":
      "Line spacing: not set to exactly {pt} pt (this Word cannot, or the document’s existing 公文正文 styles kept their former spacing). Select all, then under Paragraph > Line spacing choose “Exactly” {pt} pt.",
    "gap.runInHeadings":
      "Run-in headings: {count} heading sentences could not be located (comments, footnotes or tracked changes in the paragraph); give them the heading font by hand.",
    "gap.wps.oddEvenFooters":
      "Odd and even pages: this WPS cannot set separate footers, so all page numbers are on the right. For odd right and even left, tick “Different odd and even pages” in the footer.",
    "gap.wps.pageNumbers":
      "Page numbers: the page field could not be added to the footer, which was left as it was. Use Insert > Page Number, format “— 1 —”, 14 pt SimSun, odd pages right, even pages left.",
    "gap.wps.runInHeadings":
      "Run-in headings: the paragraphs of {count} heading sentences changed after the reading and their font was not set. Read again and lay out, or give them the heading font by hand.",
    "gap.footerKept":
      "Page numbers: the footer already holds other content and was left as it is. To number the pages, insert a page number in the footer, format “— 1 —”, 14 pt SimSun, odd pages right, even pages left.",
    "profile.label": "Layout profile",
    "profile.standard": "National standard GB/T 9704-2012",
    "profile.import": "Import profiles",
    "profile.export": "Export profiles",
    "profile.imported": "Imported {count} layout profiles.",
    "profile.invalid": "The file is not a valid layout profile pack; nothing was imported: {reason}",
    "profile.readError": "The file could not be read: {message}",
    "profile.exportNone": "You have no profiles of your own to export yet.",
    "profile.saveFailed": "The profile applies now but could not be saved.",
    "rule.font":
      "{count} paragraphs of the {role} are not in {want} ({list}). The layout tab sets it in one click.",
    "rule.size":
      "{count} paragraphs of the {role} are not {want} ({list}). The layout tab sets it in one click.",
    "rule.indent":
      "{count} paragraphs of the {role} do not have {want} ({list}). The layout tab sets it in one click.",
    "rule.alignment":
      "{count} paragraphs of the {role} are not {want} ({list}). The layout tab sets it in one click.",
    "rule.lineSpacing":
      "{count} paragraphs of the {role} do not have exact line spacing of 28–29 pt ({list}). The layout tab sets it in one click.",
    "rule.paragraphs": "paragraphs {list}",
  },
});
