/** Strings of the file readers (.docx, .txt) and of `lianzheng outline`. */
import { defineMessages } from "..";

export const readerText = defineMessages({
  "zh-CN": {
    "docx.empty": "“{file}”是空文件。",
    "docx.notZip": "“{file}”不是有效的 .docx 文件（不是 ZIP 压缩包）。",
    "docx.truncated": "“{file}”已损坏或不完整（ZIP 压缩包被截断或损坏：{detail}）。",
    "docx.noDocument": "“{file}”中没有正文部分（缺少 word/document.xml），可能不是 Word 文档。",
    "docx.encrypted":
      "“{file}”已加密或是旧版 .doc 格式（OLE 复合文件），无法读取。请在 Word 中取消密码或另存为 .docx 后再试。",
    "docx.dtd":
      "“{file}”的 {part} 含有 DOCTYPE 或实体声明（可能是实体扩展或外部实体攻击），出于安全原因拒绝读取。",
    "docx.tooLarge": "“{file}”的 {part} 解压后超过 {limit} MB（可能是压缩炸弹），已停止读取。",
    "docx.malformedXml": "“{file}”的 {part} 不是格式正确的 XML（第 {line} 行：{detail}）。",
    "docx.tooDeep": "“{file}”的 {part} 中元素嵌套超过 {limit} 层（例如表格套表格过深），无法读取。",
    "docx.tooManyParagraphs": "“{file}”的段落超过 {limit} 个，文件过大，已停止读取。请拆分文档后再检查。",
    "docx.tooMuchText": "“{file}”的正文超过 {limit} 个字符，文件过大，已停止读取。请拆分文档后再检查。",
    "docx.tooComplex": "“{file}”的 {part} 过大或结构过于复杂（超过 {limit} 个元素），已停止读取。",
    "docx.noParagraphs":
      "“{file}”的 {part} 含有文字，但读不出任何段落（根元素为 {root}，不是可识别的 Word 正文），不能当作空文档。",
    "text.notText": "“{file}”不是文本文件，或编码无法识别（支持 UTF-8、GB18030/GBK 和 UTF-16）。",
    "text.tooLarge":
      "“{file}”过大（超过 {limit} MB、{paragraphs} 行或两千万字），已停止读取。请拆分文件后再检查。",
    "text.replaced": "“{file}”：有 {count} 处字节不是有效的 UTF-8，已替换为“\uFFFD”，其余内容按 UTF-8 读取。",
    "file.unsupported": "“{file}”：不支持的文件类型“{ext}”，只能读取 .docx 和 .txt 文件。",
    "file.notFound": "“{file}”：文件不存在。",
    "file.exists": "“{file}”已存在，未覆盖。如要替换它，请加 --force。",
    "option.force": "覆盖已存在的文件",
    "file.unreadable": "“{file}”：无法读取文件（{detail}）。",
    "outline.description": "显示报告的结构：标题、主送、各级标题、落款和成文日期",
    "outline.files": ".docx 或 .txt 文件（可多个）",
    "option.format": "输出格式：text（默认）或 json",
    "option.badFormat": "无效的输出格式“{format}”，应为 text 或 json。",
    "outline.title": "标题",
    "outline.addressee": "主送",
    "outline.opening": "导语",
    "outline.signature": "落款",
    "outline.date": "成文日期",
    "outline.none": "（未识别到编号标题）",
    "outline.runIn": "段中标题",
    "outline.paragraph": "第 {n} 段",
    "outline.problem.wrong-mark-after": "序号后标点应为“{canonical}”",
    "outline.problem.extra-mark-after": "序号后多了标点，应为“{canonical}”",
    "outline.problem.halfwidth-parens": "应使用全角括号“{canonical}”",
    "outline.problem.arabic-level1": "一级标题应使用“{canonical}”",
    "outline.error": "错误",
  },
  "en-US": {
    "docx.empty": "{file} is empty.",
    "docx.notZip": "{file} is not a valid .docx file (it is not a ZIP archive).",
    "docx.truncated": "{file} is damaged or incomplete (the ZIP archive is truncated or corrupt: {detail}).",
    "docx.noDocument":
      "{file} has no main document part (word/document.xml is missing); it may not be a Word document.",
    "docx.encrypted":
      "{file} is encrypted or an old .doc file (OLE compound file) and cannot be read. Remove the password or save it as .docx in Word, then try again.",
    "docx.dtd":
      "{file}: {part} contains a DOCTYPE or entity declaration (a possible entity expansion or external entity attack); refused for safety.",
    "docx.tooLarge":
      "{file}: {part} is larger than {limit} MB when decompressed (possibly a zip bomb); reading stopped.",
    "docx.malformedXml": "{file}: {part} is not well-formed XML (line {line}: {detail}).",
    "docx.tooDeep":
      "{file}: {part} nests elements more than {limit} levels deep (tables in tables, for example); it cannot be read.",
    "docx.tooManyParagraphs":
      "{file} has more than {limit} paragraphs: too large, reading stopped. Split the document and check the parts.",
    "docx.tooMuchText":
      "{file} has more than {limit} characters of text: too large, reading stopped. Split the document and check the parts.",
    "docx.tooComplex":
      "{file}: {part} is too large or too complex (more than {limit} elements); reading stopped.",
    "docx.noParagraphs":
      "{file}: {part} has text but no paragraph could be read (its root element is {root}, not a recognised Word body); it is not treated as an empty document.",
    "text.notText":
      "{file} is not a text file, or its encoding is unknown (UTF-8, GB18030/GBK and UTF-16 are read).",
    "text.tooLarge":
      "{file} is too large (more than {limit} MB, {paragraphs} lines or 20 million characters); reading stopped. Split the file and check the parts.",
    "text.replaced":
      "{file}: {count} bytes are not valid UTF-8 and were replaced with “\uFFFD”; the rest is read as UTF-8.",
    "file.unsupported": "{file}: unsupported file type “{ext}”; only .docx and .txt files can be read.",
    "file.notFound": "{file}: no such file.",
    "file.exists": "{file} already exists and was not replaced. Add --force to replace it.",
    "option.force": "replace an existing file",
    "file.unreadable": "{file}: cannot read the file ({detail}).",
    "outline.description":
      "Show a report's structure: title, addressee, numbered headings, signature and date",
    "outline.files": ".docx or .txt files (one or more)",
    "option.format": "output format: text (default) or json",
    "option.badFormat": "Invalid output format “{format}”: use text or json.",
    "outline.title": "Title",
    "outline.addressee": "Addressee",
    "outline.opening": "Opening",
    "outline.signature": "Signature",
    "outline.date": "Date",
    "outline.none": "(no numbered headings found)",
    "outline.runIn": "run-in",
    "outline.paragraph": "paragraph {n}",
    "outline.problem.wrong-mark-after": "the mark after the number should be “{canonical}”",
    "outline.problem.extra-mark-after": "extra mark after the number; should be “{canonical}”",
    "outline.problem.halfwidth-parens": "use full-width parentheses “{canonical}”",
    "outline.problem.arabic-level1": "a level-1 heading should use “{canonical}”",
    "outline.error": "error",
  },
});
