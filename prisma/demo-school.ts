// The demo school: what a fresh install shows, and what the end-to-end tests sign in with.

export const DEMO_PASSWORD = "demo1234";

export const DEMO_ADMIN = { username: "admin", name: "系统管理员" } as const;
export const DEMO_TEACHER = { username: "teacher", name: "周敏", email: "teacher@demo.kefu.local" } as const;
export const DEMO_STUDENTS = [
  { username: "s01", name: "王雨涵" },
  { username: "s02", name: "李浩然" },
  { username: "s03", name: "张思琪" },
  { username: "s04", name: "陈子轩" },
  { username: "s05", name: "刘欣怡" },
] as const;
export const DEMO_CLASS = { name: "23电商1班", term: "2026—2027 学年第一学期" } as const;

/** Two students of the demo class have already handed in the haier-case worksheet. */
type DemoReview = { comment: string; exercises: { exerciseId: string; score: number; comment: string }[] };

export const DEMO_SUBMISSIONS: { username: string; answers: Record<string, unknown>; review?: DemoReview }[] = [
  {
    username: "s04",
    review: {
      comment: "三个表都完成得很认真，案例分析能联系服务理念。热线一栏请写出具体号码。",
      exercises: [
        { exerciseId: "haier-t1-1", score: 8, comment: "热线一栏只写了位置，没有写号码。" },
        { exerciseId: "haier-t1-2", score: 10, comment: "问题提得具体，记录完整。" },
        { exerciseId: "haier-t1-3", score: 9, comment: "第二个案例的分析可以再深入一点。" },
      ],
    },
    answers: {
      "haier-t1-1": {
        rows: [
          { content: "真诚到永远" },
          { content: "官网首页底部有全国统一的服务热线" },
          { content: "送装一体、上门维修、家电清洗、延长保修" },
          { content: "海尔智家" },
          { content: "在线报修、查询维修进度、预约安装" },
        ],
      },
      "haier-t1-2": {
        rows: [
          { question: "新买的空调多久能上门安装？", answer: "小智说下单后可以预约时间，师傅按约定上门。" },
          { question: "冰箱不制冷怎么报修？", answer: "小智让我填写型号和地址，提交后会有工程师联系。" },
          { question: "洗衣机可以上门清洗吗？", answer: "可以，小智给了预约入口和收费说明。" },
        ],
      },
      "haier-t1-3": {
        rows: [
          {
            case: "暴雨后维修师傅坚持上门，帮老人把受潮的冰箱修好。",
            analysis: "把用户的困难当成自己的事，体现了真诚服务。",
          },
          { case: "安装师傅进门穿鞋套，装完把垃圾带走。", analysis: "细节让用户安心，服务标准统一。" },
        ],
      },
    },
  },
  {
    username: "s05",
    answers: {
      "haier-t1-1": {
        rows: [
          { content: "真诚到永远" },
          { content: "" },
          { content: "安装和维修" },
          { content: "海尔智家" },
          { content: "" },
        ],
      },
      "haier-t1-2": {
        rows: [
          { question: "空调安装要收费吗？", answer: "小智说标准安装免费，特殊材料另算。" },
          { question: "", answer: "" },
          { question: "", answer: "" },
        ],
      },
      "haier-t1-3": {
        rows: [
          { case: "海尔砸冰箱的故事。", analysis: "说明海尔重视质量。" },
          { case: "", analysis: "" },
        ],
      },
    },
  },
];
