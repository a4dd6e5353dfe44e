import type { ExerciseInput } from "@/lib/exercises/definition";

export const csHandbookProjectExercises: ExerciseInput[] = [
  {
    id: "hb-check",
    lesson: "cs-handbook-project",
    kind: "choice",
    title: "实训要点自测",
    prompt: "开工之前先检查一下：实训怎么组织、每一步要注意什么，你都弄清楚了吗？",
    points: 10,
    objectives: ["knowledge"],
    questions: [
      {
        id: "q1",
        text: "这次网店客服实训，学生是怎样组织起来的？",
        options: [
          { id: "a", text: "每人单独完成，不分组" },
          { id: "b", text: "2～6 人组成一个小组，主要以小组为单位学习" },
          { id: "c", text: "全班一起做同一份作业" },
          { id: "d", text: "10 人以上组成一个大组" },
        ],
        answer: ["b"],
        explanation: "指导书要求把学生分成 2～6 人的小组，整个项目以小组学习为主，最后的手册也由小组共同完成。",
      },
      {
        id: "q2",
        text: "六个实训目标里，哪一个是把前面所学汇总起来的综合训练？",
        options: [
          { id: "a", text: "充分运用沟通工具——阿里旺旺" },
          { id: "b", text: "售后服务不可忽视" },
          { id: "c", text: "沟通的技巧" },
          { id: "d", text: "制定一份《网店客服手册》" },
        ],
        answer: ["d"],
        explanation: "第 6 个目标是网店客服综合训练：小组把前五个目标练过的内容整理成一本《网店客服手册》。",
      },
      {
        id: "q3",
        text: "买家已经把钱付到支付宝，这笔交易此时会显示什么状态？",
        options: [
          { id: "a", text: "卖家已发货，等待买家确认" },
          { id: "b", text: "买家已付款，等待卖家发货" },
          { id: "c", text: "交易成功" },
          { id: "d", text: "等待买家付款" },
        ],
        answer: ["b"],
        explanation: "买家付款后，支付宝会提醒卖家发货，状态马上变成“买家已付款，等待卖家发货”，卖家要赶紧发货。",
      },
      {
        id: "q4",
        text: "买家申请退款，但你不清楚他为什么要退，最稳妥的做法是？",
        options: [
          { id: "a", text: "马上同意，省得麻烦" },
          { id: "b", text: "直接拒绝，等他自己放弃" },
          { id: "c", text: "先联系买家问清原因，双方商量好，再决定同不同意" },
          { id: "d", text: "先不理，过几天再说" },
        ],
        answer: ["c"],
        explanation: "原因没弄清就表态，很容易产生误会。先沟通、再协商，既照顾买家，也保护店铺的利益。",
      },
      {
        id: "q5",
        text: "在店铺交流区里把一个帖子设为“锁定”，结果是？",
        options: [
          { id: "a", text: "帖子被删掉" },
          { id: "b", text: "其他人不能再回复这个帖子" },
          { id: "c", text: "帖子固定显示在最上面" },
          { id: "d", text: "帖子被标成精华" },
        ],
        answer: ["b"],
        explanation: "锁定只是禁止别人继续回帖；置顶和精华是另外的功能。删除则要格外小心，删掉的帖子找不回来。",
      },
      {
        id: "q6",
        text: "做报价表时，要拿自家商品和同行对比。下面哪些是指导书提到的对比项目？（多选）",
        multiple: true,
        options: [
          { id: "a", text: "价格" },
          { id: "b", text: "性能" },
          { id: "c", text: "配件的材料" },
          { id: "d", text: "使用年限" },
          { id: "e", text: "售后服务" },
          { id: "f", text: "品牌优势" },
          { id: "g", text: "买家的年龄" },
          { id: "h", text: "快递员的姓名" },
        ],
        answer: ["a", "b", "c", "d", "e", "f"],
        explanation:
          "对比项目有价格、性能、配件材料、使用年限、售后服务、品牌优势和特别支持等，都和商品本身有关；买家年龄、快递员姓名与报价无关。",
      },
      {
        id: "q7",
        text: "指导书认为，和买家沟通应当做到哪些？（多选）",
        multiple: true,
        options: [
          { id: "a", text: "及时" },
          { id: "b", text: "真诚" },
          { id: "c", text: "完善，不漏掉买家的问题" },
          { id: "d", text: "摸准买家的心态" },
          { id: "e", text: "越快结束对话越好" },
          { id: "f", text: "尽量少说话，免得说错" },
        ],
        answer: ["a", "b", "c", "d"],
        explanation: "沟通要及时、真诚、完善，还要把握买家心态。草草结束或者不愿开口，都会让买家觉得被冷落。",
      },
    ],
  },
  {
    id: "hb-ship-order",
    lesson: "cs-handbook-project",
    kind: "order",
    title: "排一排：卖家发货的步骤",
    prompt: "买家下单付款以后，卖家在后台要按什么顺序完成发货？把下面的步骤排好。",
    points: 10,
    objectives: ["knowledge", "ability"],
    steps: [
      { id: "s1", text: "进入“我的淘宝”，在“我是卖家”里点“已卖出的宝贝”，查看订单" },
      { id: "s2", text: "看到订单状态为“买家已付款，等待卖家发货”，点击进入发货页面" },
      { id: "s3", text: "核对收货和发货信息，填上承运公司名称、承运单号码和备注，选好物流方式" },
      { id: "s4", text: "点击“确认发货”按钮" },
      { id: "s5", text: "完成发货操作，查看这笔订单的详情" },
      { id: "s6", text: "订单状态变为“卖家已发货，等待买家确认”" },
    ],
  },
  {
    id: "hb-division",
    lesson: "cs-handbook-project",
    kind: "table",
    title: "小组分工表",
    prompt:
      "动笔写手册之前，先在组里把活分好：每位组员负责哪几个部分、什么时候交初稿。小组有几个人就留几行（2～6 行）。",
    caption: "《网店客服手册》小组分工表",
    points: 5,
    objectives: ["ability", "quality"],
    rows: { mode: "addable", numberHeader: "序号", min: 2, max: 6, initial: 3 },
    columns: [
      { key: "member", label: "组员", maxLength: 40, placeholder: "姓名" },
      { key: "part", label: "负责的部分", maxLength: 200, placeholder: "例如：第四部分 发货操作流程；全书统稿" },
      { key: "due", label: "完成时间", maxLength: 60, placeholder: "例如：第 8 周周三前交初稿" },
    ],
  },
  {
    id: "hb-handbook",
    lesson: "cs-handbook-project",
    kind: "project",
    title: "综合训练：编写《网店客服手册》",
    prompt:
      "以小组为单位，为你们设定的网店写一本《网店客服手册》。写的时候想象读者是一位明天就要上岗的新客服：他照着手册，就能把活干好。每一部分都要写成具体的做法和能直接用的话，不要只抄概念。",
    points: 40,
    rubric: [
      {
        label: "优秀",
        points: 40,
        description: "六个部分齐全，内容贴合自己小组的店铺；流程写得一步一步能照着做；话术礼貌得体；排版清楚。",
      },
      { label: "良好", points: 32, description: "各部分基本齐全，个别流程或话术写得笼统，需要再补充细节。" },
      { label: "合格", points: 24, description: "缺一到两个部分，或多处照搬资料、没有结合本组店铺。" },
      { label: "需改进", points: 12, description: "内容零散、缺项较多，还不能当作客服手册使用。" },
    ],
    objectives: ["knowledge", "ability", "quality"],
    group: true,
    sections: [
      {
        id: "preface",
        title: "第一部分 前言：客服是店铺的窗口",
        guidance:
          "先交代你们的店：在哪个平台开、主要卖什么、买家大多是什么人。再用自己的话讲清楚客服在店铺和买家之间起什么作用——买家的意见怎样传给店铺，店铺的新品和活动怎样告诉买家；客服做得好会给店铺带来什么，做不好又会出什么问题。",
        maxLength: 5000,
      },
      {
        id: "tools",
        title: "第二部分 沟通工具使用指南",
        guidance:
          "以阿里旺旺（或你们实训时用的千牛等工具）为例，写清楚新客服要会的操作：登录、给联系人建分组、搜索联系人、群发、添加好友、查看聊天记录。每一项写三点：在哪里找到、怎么操作、在客服工作中什么时候用得上。",
        maxLength: 5000,
      },
      {
        id: "messages",
        title: "第三部分 买家留言回复规范",
        guidance:
          "列出买家可能留言的渠道（即时消息窗口、站内信、商品页面的留言），分别写出查看和回复的步骤，以及容易漏掉的地方（例如验证码）。再写店铺交流区的管理规矩：什么帖子可以置顶或设为精华、什么情况下锁定、删帖前要确认什么。最后由小组商定一条回复时限，比如多长时间内必须回复。",
        maxLength: 5000,
      },
      {
        id: "shipping",
        title: "第四部分 发货操作流程",
        guidance:
          "按顺序写出从看到买家付款到完成发货的每一步，说明每一步后订单状态会变成什么。写明物流公司名称、运单号、备注要怎样填，发现信息填错时怎么改。再附上一两句发货后通知买家的话。",
        maxLength: 5000,
      },
      {
        id: "aftersale",
        title: "第五部分 售后服务处理办法",
        guidance:
          "写清楚退款怎么处理：在哪里查看退款申请、怎样按时间或状态筛选，原因不明时先联系买家问清、协商后再决定。再写遇到投诉或举报时怎么查看详情、怎么应对，以及怎样回复买家的咨询。开头用两三句话说明店铺对待售后的态度和原则。",
        maxLength: 5000,
      },
      {
        id: "skills",
        title: "第六部分 沟通技巧与常用语",
        guidance:
          "分三块写。商品介绍：以店里一件商品为例，把性能、规格、重量、组成部分、配件材料等分条列出。报价：给这件商品做一张和同行对比的报价表。常用语：整理一份礼貌用语清单，至少包括问候、致歉、感谢、发货通知和道别几类，每类写两三句你们觉得最自然的说法。",
        maxLength: 5000,
      },
    ],
  },
];
