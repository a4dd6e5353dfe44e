// User-visible text for account administration.
export const adminMessages = {
  usernameFormat: "账号由 2–32 位小写字母、数字、点、下划线或短横线组成，例如学号 2023010101。",
  usernameTaken: "这个账号已经存在，请换一个。",
  emailTaken: "这个邮箱已被其他账号使用。",
  nameRequired: "请填写姓名。",
  nameTooLong: "姓名不能超过 40 个字符。",
  roleRequired: "请选择角色。",
  emailFormat: "邮箱格式不正确。",
  userNotFound: "找不到这个账号，可能已被删除。",
  cannotDisableSelf: "不能停用自己正在使用的账号。",
  created: (username: string) => `账号 ${username} 已创建。请把初始密码交给本人，首次登录时需要修改。`,
  reset: (username: string) => `账号 ${username} 的密码已重置。请把新密码交给本人，首次登录时需要修改。`,
  disabled: (username: string) => `账号 ${username} 已停用，正在使用的登录已失效。`,
  enabled: (username: string) => `账号 ${username} 已启用。`,
  onlyStudentsDeleted: "只能删除学生账号及其数据。",
  deleted: "已删除该学生的账号和全部作答数据。",
} as const;
