import type { ExerciseInput } from "@/lib/exercises/definition";

export const customerAndServiceExercises: ExerciseInput[] = [
  {
    id: "cas-classify-customers",
    lesson: "customer-and-service",
    kind: "classify",
    title: "给网店顾客分分类",
    prompt:
      "娜娜在培训时拿到了一份顾客名单。请根据每位顾客过去的表现、现在的贡献和将来的潜力，把他们拖到对应的客户类别里。",
    points: 10,
    objectives: ["knowledge", "ability"],
    buckets: [
      { id: "ordinary", label: "普通客户" },
      { id: "potential", label: "潜在客户" },
      { id: "core", label: "核心客户" },
      { id: "vip", label: "VIP（贵宾）客户" },
    ],
    items: [
      { id: "p1", text: "把店里一条连衣裙收藏了三个月，一直没有下单", bucket: "potential" },
      { id: "p2", text: "来问过两次尺码，说“等发了零花钱再来买”", bucket: "potential" },
      { id: "p3", text: "把商品加进了购物车，还领了优惠券，但还没付款", bucket: "potential" },
      { id: "o1", text: "去年“双十一”在店里买过一次袜子，之后再没来过", bucket: "ordinary" },
      { id: "o2", text: "搜东西时碰巧点进来，买了一件打折 T 恤，没有再关注店铺", bucket: "ordinary" },
      { id: "o3", text: "一年里只下过两次小单，每单二十来元", bucket: "ordinary" },
      { id: "c1", text: "连续两年每个月都来回购猫粮，是店里的老顾客", bucket: "core" },
      { id: "c2", text: "一家小公司的行政，每个季度都固定来店里采购打印纸", bucket: "core" },
      { id: "c3", text: "店铺每次上新都会买上一两件，几乎每个月都有订单", bucket: "core" },
      { id: "v1", text: "店铺会员里等级最高的一位，有专属客服一对一服务", bucket: "vip" },
      { id: "v2", text: "一年下来在店里的消费金额排全店第一", bucket: "vip" },
      { id: "v3", text: "累计消费额常年排在全店最前列，店铺把她列为重点维护对象", bucket: "vip" },
    ],
  },
  {
    id: "cas-concepts-choice",
    lesson: "customer-and-service",
    kind: "choice",
    title: "概念小测",
    prompt: "检查一下你有没有弄清这一课的几个概念。标了“多选”的题，要把正确的选项全部选出来。",
    points: 10,
    objectives: ["knowledge"],
    questions: [
      {
        id: "q1",
        text: "下面哪一个是狭义上的客户？",
        options: [
          { id: "a", text: "给网店供货的服装厂" },
          { id: "b", text: "在店里下单买耳机的学生" },
          { id: "c", text: "和网店合作发货的快递公司" },
          { id: "d", text: "卖同类商品的另一家网店" },
        ],
        answer: ["b"],
        explanation:
          "狭义的客户专指直接从企业的工作中得到好处的人或组织，也就是买家。供货厂和快递公司依靠网店开展工作，只能算广义上的客户。",
      },
      {
        id: "q2",
        text: "企业把客户分成普通、潜在、核心、VIP 四类，主要看的是什么？",
        options: [
          { id: "a", text: "客户的年龄和性别" },
          { id: "b", text: "客户住在哪个城市" },
          { id: "c", text: "客户过去的表现、现在的贡献和未来的潜力" },
          { id: "d", text: "客户进店的先后顺序" },
        ],
        answer: ["c"],
        explanation: "分类依据是客户的过往表现、当前贡献度和可挖掘的潜力，而不是年龄、地区这些个人信息。",
      },
      {
        id: "q3",
        text: "关于“服务”，下面哪种说法是正确的？",
        options: [
          { id: "a", text: "服务只能面对面完成" },
          { id: "b", text: "服务只面向个人消费者，不面向企业" },
          { id: "c", text: "服务可以直接完成，也可以借助工具、设备、设施或媒体完成，目的是满足对方的某种需要" },
          { id: "d", text: "服务就是把商品卖出去" },
        ],
        answer: ["c"],
        explanation:
          "服务既可以当面做，也可以借助各种工具和媒体做；对象可以是个人也可以是企业；核心是满足对方的具体需要。",
      },
      {
        id: "q4",
        text: "下面哪些属于客服的主要工作内容？（多选）",
        multiple: true,
        options: [
          { id: "a", text: "接待进店的客户" },
          { id: "b", text: "解答客户的咨询" },
          { id: "c", text: "响应客户的投诉" },
          { id: "d", text: "管理客户满意度" },
          { id: "e", text: "做好售后服务" },
          { id: "f", text: "编制公司的年度财务报表" },
        ],
        answer: ["a", "b", "c", "d", "e"],
        explanation: "客服的主要工作有五块：接待、解答咨询、响应投诉、满意度管理和售后服务。财务报表是财务部门的事。",
      },
      {
        id: "q5",
        text: "按照定义，客户服务最终要让谁的价值得到提升？",
        options: [
          { id: "a", text: "只有客户" },
          { id: "b", text: "只有企业" },
          { id: "c", text: "客户和企业双方" },
          { id: "d", text: "只有客服本人" },
        ],
        answer: ["c"],
        explanation: "客户服务是一个双赢的过程：满足客户合理的需要，同时让企业也得到发展。",
      },
      {
        id: "q6",
        text: "下面哪些说法讲出了客户服务的重要性？（多选）",
        multiple: true,
        options: [
          { id: "a", text: "优质的客户服务是企业最好的品牌" },
          { id: "b", text: "出色的客户服务让企业具有超强的竞争力" },
          { id: "c", text: "客服只要打字快，就能把工作做好" },
          { id: "d", text: "商品卖出去以后，客服的事就结束了" },
        ],
        answer: ["a", "b"],
        explanation:
          "教材讲了两点：好服务是最好的品牌，也让企业更有竞争力。打字快只是基本功；售后服务也是客服的工作内容。",
      },
    ],
  },
  {
    id: "cas-short-answers",
    lesson: "customer-and-service",
    kind: "project",
    group: false,
    title: "简答题",
    prompt: "用自己的话回答下面几个问题，能举网店里的例子就尽量举例。",
    points: 20,
    objectives: ["knowledge", "ability", "quality"],
    sections: [
      {
        id: "broad-narrow",
        title: "广义的客户和狭义的客户有什么不同？",
        guidance: "分别说说两者指的是谁，再各举一个和网店有关的例子。",
        maxLength: 500,
      },
      {
        id: "why-classify",
        title: "企业为什么要把客户分成四类？",
        guidance: "写出四类客户的名称和分类依据，再说说分类以后企业可以做些什么。",
        maxLength: 500,
      },
      {
        id: "work-content",
        title: "客服的主要工作有哪些？",
        guidance: "列出客服的五项主要工作，并为其中任意两项各举一个网店里的具体例子。",
        maxLength: 600,
      },
      {
        id: "importance",
        title: "为什么说客户服务很重要？",
        guidance: "写出客户服务重要性的两个方面，再结合你自己或家人的一次网购经历说明。",
        maxLength: 600,
      },
      {
        id: "interview",
        title: "重新回答面试官的问题",
        guidance:
          "假如你就是开头故事里的那位同学，再去面试时，你会怎样回答“你对客服岗位有什么认识”和“你做客服有什么优势”？",
        maxLength: 600,
      },
    ],
  },
];
