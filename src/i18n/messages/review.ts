/** Messages of the reviewer's tools (issue 13): comparison with last year's report, comments, folders. */
import { defineMessages } from "..";

export const reviewText = defineMessages({
  "zh-CN": {
    "previous.same": "本段与上年报告第{paragraph}段相同，疑为照搬上年报告：“{text}”",
    "previous.near":
      "本段与上年报告第{paragraph}段基本相同（相似度{percent}%），请核对是否已按本年度情况更新：“{text}”",
    "previous.year": "“{text}”与上年报告相同段落中的年份一致，{year}年度的报告疑为未改年份：“{match}”",
    "previous.figure": "数字“{text}”与上年报告相同段落中的一致，请核对是否为本年度数据：“{match}”",
    "previous.campaign": "“{text}”是往年的活动或会议，与上年报告相同段落一致，疑为沿用上年表述：“{match}”",
    "previous.source": "实务：报告应写本年度的工作，不照搬上年报告",
    "cli.opt.previous": "与上年报告比对（.docx 或 .txt），指出照搬的段落和未更新的年份、数字、活动名称",
    "cli.opt.annotate": "把每个文件另存为带批注的 .docx，写入此文件夹（原文件不改动）",
    "cli.opt.summary": "把汇总表写入 .html 或 .csv 文件（每个文件一行，另有按规则的合计）",
    "cli.opt.jobs": "并行检查的线程数（默认为处理器核数）",
    "cli.opt.lang": "汇总表的语言：zh-CN 或 en-US",
    "cli.badJobs": "--jobs 应为 1 到 64 之间的整数，而不是“{value}”。",
    "cli.badSummary": "--summary 的文件应以 .html 或 .csv 结尾，而不是“{file}”。",
    "cli.badLang": "--lang 应为 zh-CN 或 en-US，而不是“{value}”。",
    "cli.previousRead": "无法读取上年报告：{message}",
    "cli.annotated": "已写入带批注的文件：{file}（{count}条批注）",
    "cli.summaryWritten": "已写入汇总表：{file}",
    "cli.writeFailed": "无法写入“{file}”：{message}",
    "cli.noInputs": "在给出的文件夹中没有找到可检查的文件（.docx、.txt、.doc、.wps、.odt、.rtf）。",
    "convert.absent":
      "“{file}”是 {ext} 文件，需要 LibreOffice 转换，但本机未找到 LibreOffice（soffice）。请安装 LibreOffice，或在 Word/WPS 中将其另存为 .docx 后再检查。",
    "convert.failed": "LibreOffice 未能转换“{file}”：{message}。请在 Word/WPS 中将其另存为 .docx 后再检查。",
    "convert.timeout":
      "LibreOffice 转换“{file}”超时（{seconds}秒）。请在 Word/WPS 中将其另存为 .docx 后再检查。",
    "comment.author": "廉政报告助手",
    "comment.fix": "建议修改为：“{fix}”",
    "comment.source": "依据：{source}",
    "summary.title": "述责述廉报告检查汇总",
    "summary.generated": "共{files}个文件；错误{errors}处，警告{warnings}处，提示{infos}处。",
    "summary.file": "文件",
    "summary.kind": "文种",
    "summary.year": "年度",
    "summary.errors": "错误",
    "summary.warnings": "警告",
    "summary.infos": "提示",
    "summary.topRules": "最常见的规则",
    "summary.readError": "读取错误",
    "summary.rule": "规则",
    "summary.count": "次数",
    "summary.filesWith": "涉及文件数",
    "summary.totals": "按规则合计",
    "summary.sortHint": "点击列标题可排序。",
    "summary.total": "合计",
  },
  "en-US": {
    "previous.same":
      "This paragraph is the same as paragraph {paragraph} of last year's report: copied? “{text}”",
    "previous.near":
      "This paragraph is nearly the same as paragraph {paragraph} of last year's report ({percent}% similar): check that it was updated for this year. “{text}”",
    "previous.year":
      "“{text}” is the same year as in the matching paragraph of last year's report: not updated for a report on {year}? “{match}”",
    "previous.figure":
      "The figure “{text}” is the same as in the matching paragraph of last year's report: is it this year's figure? “{match}”",
    "previous.campaign":
      "“{text}” is a campaign or meeting of an earlier year, left as in the matching paragraph of last year's report: “{match}”",
    "previous.source": "Practice: a report covers this year's work and does not copy last year's report",
    "cli.opt.previous":
      "compare with last year's report (.docx or .txt): copied paragraphs and years, figures and campaign names not updated",
    "cli.opt.annotate":
      "write each file as a .docx with a comment at every finding into this folder (originals untouched)",
    "cli.opt.summary": "write a summary to an .html or .csv file (one row per file, totals per rule)",
    "cli.opt.jobs": "number of threads checking in parallel (default: the number of cores)",
    "cli.opt.lang": "language of the summary: zh-CN or en-US",
    "cli.badJobs": "--jobs takes a whole number from 1 to 64, not “{value}”.",
    "cli.badSummary": "The --summary file must end in .html or .csv, not “{file}”.",
    "cli.badLang": "--lang takes zh-CN or en-US, not “{value}”.",
    "cli.previousRead": "Cannot read last year's report: {message}",
    "cli.annotated": "Written with comments: {file} ({count} comments)",
    "cli.summaryWritten": "Summary written: {file}",
    "cli.writeFailed": "Cannot write “{file}”: {message}",
    "cli.noInputs": "No file to check in the folders given (.docx, .txt, .doc, .wps, .odt, .rtf).",
    "convert.absent":
      "“{file}” is a {ext} file, which needs LibreOffice to convert, and LibreOffice (soffice) was not found. Install LibreOffice, or save the file as .docx in Word or WPS and check that.",
    "convert.failed":
      "LibreOffice could not convert “{file}”: {message}. Save it as .docx in Word or WPS and check that.",
    "convert.timeout":
      "LibreOffice took too long to convert “{file}” ({seconds} s). Save it as .docx in Word or WPS and check that.",
    "comment.author": "Lianzheng Writer",
    "comment.fix": "Suggested: “{fix}”",
    "comment.source": "Source: {source}",
    "summary.title": "Report check summary",
    "summary.generated": "{files} files; {errors} errors, {warnings} warnings, {infos} notes.",
    "summary.file": "File",
    "summary.kind": "Kind",
    "summary.year": "Year",
    "summary.errors": "Errors",
    "summary.warnings": "Warnings",
    "summary.infos": "Notes",
    "summary.topRules": "Most frequent rules",
    "summary.readError": "Read error",
    "summary.rule": "Rule",
    "summary.count": "Count",
    "summary.filesWith": "Files",
    "summary.totals": "Totals per rule",
    "summary.sortHint": "Click a column heading to sort.",
    "summary.total": "Total",
  },
});
