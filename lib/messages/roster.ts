// What the roster import says about a file and its rows.
export const rosterMessages = {
  tooLarge: "文件太大，不像是学生名单。一次最多导入 500 名学生，请检查文件或分批导入。",
  empty: "文件是空的，里面没有任何内容。",
  noHeader: (lines: number) =>
    `前 ${lines} 行里没有找到表头：需要有一行同时写着“学号”和“姓名”（也认“学生学号”“学籍号”“学生姓名”等写法，可以再加“班级”列）。如果看到乱码，请把表格另存为 CSV（UTF-8 或 GBK）或 .xlsx。`,
  headerOnly: (line: number) => `第 ${line} 行是表头，但下面没有学生。`,
  tooMany: "一次最多导入 500 名学生，请分批导入。",
  usernameEmpty: "学号为空",
  usernameFormat: "学号只能包含字母、数字、点、下划线或短横线",
  nameEmpty: "姓名为空",
  nameTooLong: "姓名太长",
  mojibake: "有乱码，请检查文件编码",
  otherClass: (found: string, target: string) => `班级是“${found}”，不是“${target}”`,
  duplicate: (first: number) => `学号与第 ${first} 行重复`,
  strayQuote: (field: string) => `${field}里有多余的英文引号（"），请删去后再导入`,
  excelError: (field: string, code: string) => `${field}是 Excel 公式错误（${code}），请在 Excel 里检查公式`,
  noFormulaResult: (field: string) => `${field}的公式没有保存计算结果，请在 Excel 里打开、保存后再导入`,
  legacyXls:
    "这是旧版 Excel 文件（.xls），暂时不能直接读取。请在 Excel 里另存为 .xlsx 或 .csv 再导入（文件 → 另存为 → 选择“Excel 工作簿”）。",
  htmlXls: "这个 .xls 文件其实是网页格式（很多教务系统这样导出）。请用 Excel 打开它，另存为 .xlsx 或 .csv 再导入。",
  emptyFile: (name: string) => `“${name}”是空文件（0 字节），里面没有名单。请确认导出时选中了学生名单。`,
} as const;

/** Written by the Excel reader for a formula cell saved without its result; the check explains it. */
export const NO_FORMULA_RESULT = "#公式无结果";
