// User-visible text shared across the site.
export const commonMessages = {
  productName: "客服课堂",
  tagline: "网店客服课程与教案平台",
  forbidden: "没有权限执行此操作，或登录已过期。请重新登录后再试。",
  invalidInput: "提交的内容有误，请按提示修改。",
  saved: "已保存。",
  notFoundTitle: "页面不存在",
  notFoundBody: "你要找的页面不存在，或你没有查看它的权限。",
  errorTitle: "出了点问题",
  errorBody: "页面加载失败。你填写的内容不会因此丢失，请稍后重试。",
  retry: "重试",
  backHome: "返回首页",
} as const;
