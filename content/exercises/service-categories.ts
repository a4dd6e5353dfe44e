import type { ExerciseInput } from "@/lib/exercises/definition";

export const serviceCategoriesExercises: ExerciseInput[] = [
  {
    id: "sc-work-mode",
    lesson: "service-categories",
    kind: "classify",
    title: "按工作方式给服务分类",
    prompt:
      "下面这些服务，分别属于面对面客服、语音客服、文字客服还是电话客服？按本课的四分法，把每张卡片拖到对应的类别里。提示：通过网络发语音、视频连线算语音客服；拨打或接听电话算电话客服。",
    points: 10,
    objectives: ["knowledge", "ability"],
    buckets: [
      { id: "face", label: "面对面客服" },
      { id: "voice", label: "语音客服" },
      { id: "text", label: "文字客服" },
      { id: "phone", label: "电话客服" },
    ],
    items: [
      { id: "hotel-checkin", text: "酒店前台当面帮客人办理入住", bucket: "face" },
      { id: "mall-shoes", text: "商场导购站在柜台前给顾客介绍一双跑鞋", bucket: "face" },
      { id: "pharmacy", text: "药店店员当着顾客的面讲清楚药怎么吃", bucket: "face" },
      { id: "video-stroller", text: "客服和买家视频连线，一步步演示婴儿车怎么打开", bucket: "voice" },
      { id: "voice-message", text: "客服在聊天窗口里发了一段语音，讲解洗衣机各个按键的用法", bucket: "voice" },
      { id: "qianniu-size", text: "客服在千牛上打字回复买家“这件外套有 M 码吗”", bucket: "text" },
      { id: "dongdong-chart", text: "京东店铺客服在咚咚里用文字发送尺码对照说明", bucket: "text" },
      { id: "message-board", text: "买家在店铺留言板提问，客服打字回复", bucket: "text" },
      { id: "call-address", text: "客服拨通买家的手机，核实收货地址", bucket: "phone" },
      { id: "hotline-repair", text: "顾客拨打品牌的售后热线，报修坏掉的热水器", bucket: "phone" },
    ],
  },
  {
    id: "sc-stage-duties",
    lesson: "service-categories",
    kind: "classify",
    title: "网店客服的工作：售前、售中还是售后？",
    prompt:
      "以“付款”和“签收”为两条分界线：付款前算售前，付款后到签收前算售中，签收后算售后。把下面的工作拖到对应的阶段。",
    points: 15,
    objectives: ["knowledge", "ability"],
    buckets: [
      { id: "pre", label: "售前" },
      { id: "mid", label: "售中" },
      { id: "post", label: "售后" },
    ],
    items: [
      { id: "ask-size", text: "买家问“这件卫衣偏大还是偏小”，客服在线解答", bucket: "pre" },
      { id: "learn-needs", text: "问清买家的身高、体重和平时的穿衣习惯，弄明白他想要什么", bucket: "pre" },
      { id: "recommend", text: "按买家 200 元的预算，推荐两款合适的蓝牙耳机", bucket: "pre" },
      { id: "change-price", text: "买家拍下商品还没付款，客服按店铺活动把价格改好", bucket: "pre" },
      { id: "urge-pay", text: "订单拍下两小时还没付款，客服发消息友好提醒", bucket: "pre" },
      { id: "check-order", text: "买家刚付完款，客服和他核对收货地址和电话", bucket: "mid" },
      { id: "add-note", text: "买家要求“送人用，别放价格单”，客服在订单里加上备注", bucket: "mid" },
      { id: "ship", text: "打印快递面单，安排包裹发出", bucket: "mid" },
      { id: "track", text: "买家还没收到货，问“我的快递到哪了”，客服帮他查物流", bucket: "mid" },
      { id: "remind-sign", text: "包裹到了派送点，客服提醒买家注意查收签收", bucket: "mid" },
      { id: "missing-part", text: "买家签收后发现少了一个配件，客服核实后安排补发", bucket: "post" },
      { id: "broken", text: "买家收到的玻璃杯碎了，发来照片，客服处理破损件", bucket: "post" },
      { id: "return", text: "买家签收后不喜欢颜色，申请退货退款，客服跟进处理", bucket: "post" },
      { id: "exchange", text: "买家收到的鞋子小了一码，客服帮他办理换货", bucket: "post" },
    ],
  },
  {
    id: "sc-quiz",
    lesson: "service-categories",
    kind: "choice",
    title: "客户服务分类小测",
    prompt: "每道题先想清楚“按什么分”，再作答。",
    points: 12,
    objectives: ["knowledge"],
    questions: [
      {
        id: "q1",
        text: "小林在京东买了空调，师傅上门打孔、安装、试运行。按服务的性质，这属于哪一类？",
        options: [
          { id: "a", text: "技术性客服" },
          { id: "b", text: "非技术性客服" },
          { id: "c", text: "线下导购" },
          { id: "d", text: "智能客服" },
        ],
        answer: ["a"],
        explanation: "安装、调试、维修都和产品的技术与使用直接相关，一般由专门的技术人员完成，所以是技术性客服。",
      },
      {
        id: "q2",
        text: "商场服务台的工作人员给购物的顾客发放停车券。按工作平台，这属于哪一类？",
        options: [
          { id: "a", text: "线上客服" },
          { id: "b", text: "线下客服" },
          { id: "c", text: "电话客服" },
          { id: "d", text: "智能客服" },
        ],
        answer: ["b"],
        explanation:
          "在商场、超市、专卖店等实体场所的前台服务人员属于线下客服，发放优惠券、停车券、房卡正是他们的常见工作。",
      },
      {
        id: "q3",
        text: "凌晨两点，买家在店铺页面输入“几天能发货”，页面马上自动弹出了答案。为他服务的是：",
        options: [
          { id: "a", text: "人工客服" },
          { id: "b", text: "面对面客服" },
          { id: "c", text: "智能客服（机器人客服）" },
          { id: "d", text: "电话客服" },
        ],
        answer: ["c"],
        explanation: "人工客服有固定的工作时间；客户在页面输入问题后自动得到答案，是智能客服在回答高频问题。",
      },
      {
        id: "q4",
        text: "按交易流程划分，哪一段服务从客户付款开始、到他拿到商品为止，和客户实际的购买行动相伴？",
        options: [
          { id: "a", text: "售前客服" },
          { id: "b", text: "售中客服" },
          { id: "c", text: "售后客服" },
        ],
        answer: ["b"],
        explanation:
          "付款以后、拿到商品以前是售中：钱货交接都在这一段，它决定交易能不能顺利做成。付款以前是售前，拿到商品以后是售后。",
      },
      {
        id: "q5",
        text: "电子商务客服按工作方式划分，可以分成哪两类？",
        options: [
          { id: "a", text: "网络客服和电话客服" },
          { id: "b", text: "线上客服和线下客服" },
          { id: "c", text: "人工客服和智能客服" },
          { id: "d", text: "技术性客服和非技术性客服" },
        ],
        answer: ["a"],
        explanation:
          "网店客服按工作方式分为网络客服和电话客服，电商平台以网络客服为主。其他选项是按平台、按形式、按性质的分法。",
      },
      {
        id: "q6",
        text: "在网店里，电话客服主要用来做哪些事？（多选）",
        multiple: true,
        options: [
          { id: "a", text: "处理客户投诉" },
          { id: "b", text: "收集客户的意见和建议" },
          { id: "c", text: "打印快递面单" },
          { id: "d", text: "修改订单价格" },
        ],
        answer: ["a", "b"],
        explanation:
          "电话客服主要处理投诉，也可以收集意见和建议，帮企业改进产品和服务；打单和改价是网络客服在售中、售前的工作。",
      },
    ],
  },
  {
    id: "sc-short-answers",
    lesson: "service-categories",
    kind: "project",
    group: false,
    title: "简答：说说客户服务的分类",
    prompt: "用自己的话回答下面三个问题，不用照抄课文，意思对、条理清楚就行。",
    points: 15,
    objectives: ["knowledge", "ability", "quality"],
    sections: [
      {
        id: "five-ways",
        title: "简述客户服务的分类",
        guidance: "写出五种分类依据，以及每种依据下分出的类型。能给其中两三类各举一个网店或生活中的例子更好。",
        maxLength: 1000,
      },
      {
        id: "online-stages",
        title: "网店售前、售中、售后客服各做什么",
        guidance: "先说清三个阶段在网店里是怎样以“付款”和“签收”划分的，再给每个阶段至少写出两项具体工作。",
        maxLength: 800,
      },
      {
        id: "human-and-robot",
        title: "人工客服和智能客服怎样分工",
        guidance:
          "结合两者各自的特点（工作时间、能处理什么样的问题），说说一家网店应该怎样让它们配合，才能让顾客更满意。",
        maxLength: 800,
      },
    ],
  },
];
