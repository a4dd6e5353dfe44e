// What every action says when it refuses, whatever the action.
export const actionMessages = {
  forbidden: "没有权限执行此操作，或这项内容不存在。",
  signedOut: "登录已过期。填好的内容还在这一页上，请在新窗口重新登录后再点一次。",
  invalidInput: "提交的内容有误，请按提示修改。",
  busy: "服务器正忙，没有保存。填好的内容还在，正在自动重试……",
  failed: "服务器出错了，没有保存。填好的内容还在，请稍后再试。",
} as const;
