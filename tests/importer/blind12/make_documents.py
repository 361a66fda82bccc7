# ruff: noqa: E501  (Chinese document text and annotations run past the line limit)
"""Generate the four blind12 test documents.

Run with the project venv:

    .venv/bin/python tests/importer/blind12/make_documents.py

Writes, next to this script:
    qingshi_jiedao_2031_renwu_qingdan.txt   (scraped web page, UTF-8)
    tongxi_2031_zhongdian_xiangmu.xlsx      (openpyxl project ledger)
    yunling_2031_minsheng_shishi.docx       (python-docx implementation plan)
    fenglin_2031_mubiao_zerenshu.pdf        (fpdf2 responsibility letter, table)
"""

import datetime
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TXT_NAME = "qingshi_jiedao_2031_renwu_qingdan.txt"
XLSX_NAME = "tongxi_2031_zhongdian_xiangmu.xlsx"
DOCX_NAME = "yunling_2031_minsheng_shishi.docx"
PDF_NAME = "fenglin_2031_mubiao_zerenshu.pdf"


# ---------------------------------------------------------------------------
# 1. scraped web page
# ---------------------------------------------------------------------------
TXT = (
    "跳转到主要内容区域\n"
    "无障碍浏览 | 长者模式 | 繁體版 | 登录 | 注册\n"
    "  \n"
    "首页 > 政务公开 > 法定主动公开内容 > 计划总结 >  正文\n"
    "\n"
    "\t\n"
    "   青石街道2031年重点工作任务清单   \n"
    "\n"
    "发布时间：2031-02-18 09:32    来源：青石街道办事处    浏览次数：1326  \t【字体：大 中 小】\n"
    "索引号：11330106MB1C23456X/2031-00017     文号：青街发〔2031〕5号\n"
    "\n"
    "\u3000\u3000各社区、街道各办（中心、所）：\n"
    "\u3000\u30002030年，街道完成固定资产投资12.6亿元，新增城镇就业岗位580个，完成老旧小区改造3个，"
    "各项工作取得明显成效。为全面完成2031年各项目标任务，经街道党工委、办事处研究，现将2031年重点工作任务清单印发给你们，"
    "请对照清单，明确责任，倒排工期，确保按时保质完成。  \n"
    "\n"
    "\u3000\u3000一、聚焦经济发展，增强发展动能\n"
    "\u3000\u3000（1）全力推进招商引资，全年新引进亿元以上产业项目3个，完成固定资产投资15亿元。全年持续推进。"
    "责任单位：街道经济发展办\n"
    "\n"
    "\u3000\u3000（2）加快楼宇经济提质增效，新增入驻企业80家以上，税收亿元楼达到两幢。11月30日前完成。  "
    "责任单位：街道经济发展办、街道财政所\n"
    "\u3000\u3000（3）深化市场主体培育，新增“个转企”30家、规上企业5家，  \n"
    "        2031年9月底前完成。责任单位 ：街道经济发展办\n"
    "\n"
    "\u3000\u3000二、聚焦城市更新，提升人居品质\n"
    "\u3000\u3000（4）实施老旧小区综合改造，完成改造4个，加装电梯不少于15台。2031年10月底前完成。"
    "责任单位：街道城建办、相关社区\n"
    "\u3000\u3000（5）巩固垃圾分类成果，生活垃圾分类覆盖率达到100%，创建省级高标准垃圾分类示范小区两个。"
    "全年持续推进。责任单位：街道城管办、各社区\n"
    "\u3000\u3000（6）开展“序化提升”三年行动（2031—2033年），年内整治背街小巷3-5条。2031年9月底前完成。"
    "责任单位：街道城管办\n"
    "\n"
    "\u3000\u3000三、聚焦民生保障，增进群众福祉\n"
    "\u3000\u3000（7）稳就业促增收，新增城镇就业岗位600个，帮扶就业困难人员再就业50人，城镇登记失业率控制在3%以内。"
    "全年持续推进。责任单位：街道社会事务办\n"
    "\u3000\u3000（8）建成社区嵌入式养老服务中心一处，新增养老床位40张。8月31日前投入运营。"
    "责任单位：街道社会事务办、青石社区\n"
    "\u3000\u3000（9）推进“一老一小”融合服务，建成普惠托育点两所，提供普惠托位不少于60个。2031年12月底前完成。"
    "责任单位：街道社会事务办\n"
    "\n"
    "\u3000\u3000四、聚焦基层治理，守牢安全底线\n"
    "\u3000\u3000（10）深化“网格+”治理，12345热线工单按时办结率≥95%，群众满意度不低于90%。全年持续推进。"
    "责任单位：街道综治中心\n"
    "\u3000\u3000（11）开展安全生产隐患排查整治，全年检查企业不少于300家次，组织消防应急演练12场。"
    "2031年10月底前完成。责任单位：街道应急管理办\n"
    "\u3000\u3000（12）做好第十二届社区居民委员会换届选举准备工作，完成选民登记。2031年6月底前完成。"
    "责任单位：街道党建办、各社区\n"
    "\n"
    "\u3000\u3000附件：青石街道2031年重点工作任务分解表.xls\n"
    "\n"
    "                                         青石街道办事处\n"
    "                                        2031年2月16日\n"
    "\n"
    "【我要纠错】   【打印本页】   【关闭窗口】\n"
    "\n"
    "扫一扫在手机打开当前页\n"
    "\n"
    "分享到：  微信  微博  QQ空间\n"
    "\n"
    "相关链接\n"
    "·青石街道2030年重点工作任务完成情况\n"
    "·关于印发《青石街道2031年平安建设工作要点》的通知\n"
    "·青石街道2031年政府信息公开工作年度报告\n"
    "·2031年第一季度街道重点工作推进会召开\n"
    "\n"
    "打印本页    关闭窗口\n"
    "\n"
    "主办单位：杭州市西湖区青石街道办事处    联系电话：0571-87654321    地址：青石路168号\n"
    "网站标识码：3301060001   浙ICP备12345678号-2   浙公网安备 33010602001234号\n"
    "建议使用1366×768分辨率、IE10以上版本浏览器\n"
)


def make_txt():
    with open(os.path.join(HERE, TXT_NAME), "w", encoding="utf-8") as f:
        f.write(TXT)


# ---------------------------------------------------------------------------
# 2. XLSX project ledger
# ---------------------------------------------------------------------------
XLSX_GROUPS = [
    (
        "一、产业项目（5个）",
        [
            [
                "年产50万套新能源汽车零部件项目",
                "总投资12亿元，新建厂房8万平方米，购置自动化生产线6条",
                "年度完成投资3亿元，主体厂房封顶",
                "陈立新",
                "县经信局",
                "县自然资源和规划局、溪口镇",
                datetime.date(2031, 10, 31),
                "2030年已完成投资8000万元",
            ],
            [
                "智能装备产业园二期",
                "新建标准厂房12万平方米及配套设施",
                "完成投资2.5亿元，新建标准厂房5万平方米",
                "陈立新",
                "县经济开发区管委会",
                "县住建局",
                "2031.12",
                "",
            ],
            [
                "桐溪茶产业融合发展项目",
                "改造提升生态茶园2000亩，建设茶叶精深加工中心1处",
                "改造提升茶园1200亩，建成茶叶加工中心一处",
                "周海燕",
                "县农业农村局",
                "县文广旅体局、桐坪镇",
                "2031年三季度",
                "省级农业产业化项目",
            ],
            [
                "县域冷链物流中心",
                "建设冷库3万吨、分拣中心1处",
                "完成投资8000万元，建成冷库1.5万吨",
                "周海燕",
                "县商务局",
                "县交通运输局",
                "2031年11月",
                "",
            ],
            [
                "分布式光伏整县推进项目",
                "总装机容量60兆瓦",
                "新增并网装机20兆瓦",
                "陈立新",
                "县发改局",
                "国网桐溪县供电公司、各乡镇（街道）",
                "2031年底",
                "联系人：吴刚 13905731234",
            ],
        ],
    ),
    (
        "二、基础设施项目（4个）",
        [
            [
                "S206省道桐溪段改建工程",
                "全长18.6公里，按二级公路标准改建",
                "完成路基工程12公里，完成投资1.8亿元",
                "刘志强",
                "县交通运输局",
                "县自然资源和规划局、县公安局交警大队",
                "2031年12月",
                "2030年完成前期工作",
            ],
            [
                "城区雨污分流管网提质改造",
                "改造雨污管网45公里，新建提升泵站4座",
                "改造雨污分流管网20公里，新建泵站2座",
                "刘志强",
                "县住建局",
                "县生态环境分局",
                "2031年上半年",
                "",
            ],
            [
                "5G网络及新型基础设施建设",
                "新建5G基站300个",
                "新建5G基站120个，行政村5G网络覆盖率达到100%",
                "王磊",
                "县经信局",
                "中国移动桐溪分公司、中国电信桐溪分公司",
                "2031年",
                "",
            ],
            [
                "桐溪河综合治理工程（一期）",
                "治理河道6.2公里，建设生态护岸及滨河绿道",
                "完成河道清淤4公里，建设生态护岸3-5公里",
                "刘志强",
                "县水利局",
                "桐坪镇、溪口镇",
                "2031年5月底（汛期前）",
                "",
            ],
        ],
    ),
    (
        "三、社会民生项目（3个）",
        [
            [
                "县第二人民医院迁建项目",
                "总建筑面积6.8万平方米，设置床位600张",
                "主体结构封顶，完成投资1.2亿元",
                "周海燕",
                "县卫健委",
                "县住建局、县财政局",
                "2031年12月底",
                "",
            ],
            [
                "桐溪中学新校区建设项目",
                "规划60个教学班，可容纳学生3000人",
                "建成教学楼、宿舍楼共两幢，秋季开学投入使用",
                "王磊",
                "县教育局",
                "县住建局",
                "2031年8月31日",
                "",
            ],
            [
                "保障性租赁住房项目",
                "筹集保障性租赁住房800套",
                "开工建设500套，基本建成300套",
                "王磊",
                "县住建局",
                "县国资中心",
                "2031年11月30日前",
                "2030年已筹集200套",
            ],
        ],
    ),
]


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "2031年重点项目"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")

    ws.merge_cells("A1:I1")
    ws["A1"] = "桐溪县2031年重点项目推进计划表"
    ws["A1"].font = Font(name="方正小标宋简体", size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36

    ws.merge_cells("A2:E2")
    ws["A2"] = "填报单位（盖章）：桐溪县发展和改革局"
    ws.merge_cells("F2:I2")
    ws["F2"] = "填报日期：2031年1月20日"
    ws["F2"].alignment = Alignment(horizontal="right")

    headers = [
        "序号",
        "项目名称",
        "建设内容及规模",
        "年度目标",
        "责任领导",
        "牵头单位",
        "配合单位",
        "完成时限",
        "备注",
    ]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="黑体", bold=True)
        c.alignment = wrap
        c.border = border
    widths = [6, 24, 30, 30, 10, 18, 24, 14, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    row = 4
    seq = 0
    leader_runs = []  # (start_row, end_row) of equal leaders, merged afterwards
    for group, items in XLSX_GROUPS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=group)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="left", vertical="center")
        row += 1

        prev_leader = None
        for item in items:
            seq += 1
            ws.cell(row=row, column=1, value=seq).number_format = "0"
            for col, val in enumerate(item, start=2):
                c = ws.cell(row=row, column=col, value=val)
                c.border = border
                c.alignment = left if col in (2, 3, 4, 9) else wrap
                if isinstance(val, datetime.date):
                    c.number_format = 'yyyy"年"m"月"d"日"'
            ws.cell(row=row, column=1).border = border
            ws.cell(row=row, column=1).alignment = wrap
            leader = item[3]
            if leader == prev_leader:
                leader_runs[-1][1] = row
            else:
                leader_runs.append([row, row])
            prev_leader = leader
            row += 1
    # vertically merge 责任领导 for consecutive rows with the same leader
    for start, end in leader_runs:
        if end > start:
            ws.merge_cells(start_row=start, start_column=5, end_row=end, end_column=5)

    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    ws.cell(
        row=row,
        column=1,
        value="注：1.完成时限为年度目标完成时间；2.各牵头单位于每月5日前报送项目进展情况，"
        "依据桐政办〔2031〕3号文件进行考核。",
    )
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    ws.cell(
        row=row, column=1, value="填表人：张敏        审核人：赵刚        联系电话：0573-82261234"
    )
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, XLSX_NAME))


# ---------------------------------------------------------------------------
# 3. DOCX implementation plan
# ---------------------------------------------------------------------------
DOCX_ITEMS = [
    (
        "1.城乡教育提质工程",
        "新建、改扩建公办幼儿园和小学共两所，新增学位1080个；为全县中小学更新教室护眼照明设备600间。"
        "（责任单位：县教育局）完成时限：2031年8月底前。",
    ),
    (
        "2.老旧小区改造提升工程",
        "由县住建局牵头，县财政局配合，完成12个老旧小区综合改造，同步改造老旧供水、燃气管网8.5公里，年底前全部完工。",
    ),
    (
        "3.基层医疗服务能力提升工程",
        "在中心卫生院建成“胸痛救治单元”三个，村卫生室标准化建设达标率≥95%，为65岁以上老年人免费健康体检不少于2.8万人次。"
        "牵头单位：县卫健委；配合单位：各乡镇。完成时限：2031年10月31日。",
    ),
    (
        "4.农村饮水安全巩固提升工程",
        "实施农村供水保障工程，新建改造供水管网120公里，农村自来水普及率达到98%以上。县水利局负责，各乡镇配合，2031年三季度末完成。",
    ),
    (
        "5.城乡公交一体化工程",
        "新开通城乡公交线路5条，更新新能源公交车30辆。6月底前开通全部新线路，年底前完成车辆更新。"
        "责任单位：县交通运输局、县公交公司。",
    ),
    (
        "6.就业创业帮扶工程",
        "城镇新增就业3500人，开展职业技能培训5000人次，发放创业担保贷款不低于8000万元。"
        "（牵头单位：县人力社保局，配合单位：县总工会、团县委）全年完成。",
    ),
    (
        "7.养老服务提升工程",
        "由县民政局牵头，县卫健委、县医保局配合，新建乡镇区域性养老服务中心两所，改造提升农村互助幸福院20个，"
        "为困难老年人家庭实施适老化改造300户。完成时限：2031年11月30日。",
    ),
    (
        "8.食品安全放心工程",
        "完成食品安全监督抽检2600批次，推进农贸市场智慧化改造3-5个。（责任单位：县市场监管局）12月20日前完成。",
    ),
    (
        "9.城市停车便民工程",
        "新增公共停车泊位1500个，建设公共充电桩200个，其中快充桩不少于50个。"
        "牵头单位：县城管局；配合单位：县公安局、县自然资源和规划局。完成时限：2031年9月30日前。",
    ),
    (
        "10.残疾人关爱工程",
        "为符合条件的残疾人免费适配辅助器具800件，完成困难重度残疾人家庭无障碍改造150户。县残联牵头，县民政局配合。完成时限：年底前。",
    ),
]


def make_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def para(text, bold=False, center=False, indent=True, size=None):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    para("云政办发〔2031〕12号", center=True)
    para(
        "云岭县人民政府办公室关于印发云岭县2031年为民办实事项目实施方案的通知",
        bold=True,
        center=True,
        size=20,
    )
    para("各乡镇人民政府，县政府各部门：", indent=False)
    para(
        "《云岭县2031年为民办实事项目实施方案》已经县政府第15次常务会议研究同意，现印发给你们，请认真贯彻执行。"
    )
    para("云岭县2031年为民办实事项目实施方案", bold=True, center=True, size=20)
    para(
        "2030年，县政府承诺的10件民生实事全部完成，累计投入资金3.2亿元，群众满意度达到96.5%。"
        "为持续增进民生福祉，结合我县实际，制定本方案。"
    )
    para("一、指导思想", bold=True)
    para(
        "坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，尽力而为、量力而行，办好一批看得见、摸得着的民生实事，"
        "不断增强人民群众的获得感、幸福感、安全感。"
    )
    para("二、项目内容", bold=True)
    para("2031年，县政府确定实施10个方面为民办实事项目，具体如下：")
    for title, body in DOCX_ITEMS:
        para(title, bold=True)
        para(body)
    para("三、保障措施", bold=True)
    para(
        "（一）加强组织领导。县政府成立为民办实事项目工作领导小组，由县长任组长，分管副县长任副组长，"
        "领导小组办公室设在县政府督查室，联系电话：0871-6123456。"
    )
    para(
        "（二）强化资金保障。县财政统筹安排资金，各牵头单位要积极争取上级资金支持，确保项目资金足额及时到位。"
    )
    para(
        "（三）严格督查考核。各牵头单位每月10日前向领导小组办公室报送项目进展情况，县政府督查室每季度通报一次，"
        "考核结果纳入年度综合考核，占比不低于5%。"
    )
    para("（四）加强宣传引导。充分利用各类媒体宣传为民办实事项目进展成效，主动接受群众监督。")
    para("附件：云岭县2031年为民办实事项目任务分解表", indent=False)
    para("云岭县人民政府办公室", center=False, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("2031年2月10日", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(os.path.join(HERE, DOCX_NAME))


# ---------------------------------------------------------------------------
# 4. PDF responsibility letter
# ---------------------------------------------------------------------------
PDF_ROWS = [
    ("1", "财政收入", "完成一般公共预算收入1.35亿元，同比增长6%以上。", "10", "镇财政所"),
    (
        "2",
        "固定资产投资",
        "完成固定资产投资8.6亿元，其中工业投资不低于3亿元；新开工亿元以上项目两个。",
        "10",
        "镇经济发展办",
    ),
    ("3", "招商引资", "引进市外内资5亿元，实际利用外资500万美元。", "8", "镇招商服务中心"),
    ("4", "工业经济", "新增规上工业企业三家，规上工业增加值增长8%。", "6", "镇经济发展办"),
    (
        "5",
        "农业生产",
        "粮食播种面积稳定在3.2万亩以上，完成高标准农田建设4500亩，10月底前完成建设任务并通过验收。",
        "8",
        "镇农业农村办",
    ),
    (
        "6",
        "村集体经济",
        "经营性收入50万元以上的村达到8个，全面消除年经营性收入20万元以下的集体经济薄弱村。",
        "6",
        "镇农业农村办",
    ),
    (
        "7",
        "人居环境整治",
        "农村生活垃圾分类行政村覆盖率100%，完成农村户厕改造350户，创建美丽庭院示范户200户。",
        "8",
        "镇环境整治办",
    ),
    (
        "8",
        "生态环境保护",
        "PM2.5平均浓度控制在30微克/立方米以内，地表水考核断面水质达标率100%，秸秆综合利用率≥92%。",
        "8",
        "镇生态环境办",
    ),
    (
        "9",
        "安全生产",
        "杜绝较大及以上生产安全事故，11月30日前完成“百日攻坚”专项整治，年底前亡人事故起数同比下降10%。",
        "8",
        "镇应急管理办",
    ),
    (
        "10",
        "民生保障",
        "城乡居民医保参保率达到95%以上，新增城镇就业420人，完成农村困难群众危房改造12户。",
        "8",
        "镇社会事务办",
    ),
    ("11", "平安建设", "信访积案化解率100%，群众安全感满意度不低于97%。", "6", "镇综治中心"),
    (
        "12",
        "党的建设",
        "开展村（社区）“两委”干部培训两轮，发展党员15名，软弱涣散村党组织整顿转化率100%。",
        "8",
        "镇党建办",
    ),
    (
        "13",
        "营商环境",
        "政务服务事项“一网通办”率≥98%，12345热线诉求按期办结率100%。",
        "6",
        "镇便民服务中心",
    ),
]


def find_cjk_font():
    cands = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"]
    cands += glob.glob("/usr/share/fonts/**/*wqy*.tt?", recursive=True)
    cands += glob.glob("/usr/share/fonts/**/*Noto*CJK*", recursive=True)
    for c in cands:
        if os.path.exists(c):
            return c
    raise SystemExit("no CJK font found")


def make_pdf():
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("cjk", "", find_cjk_font())
    pdf.add_font("cjk", "B", find_cjk_font())
    pdf.set_margins(18, 18, 18)
    pdf.add_page()

    pdf.set_font("cjk", size=10)
    pdf.cell(0, 8, "枫政〔2031〕5号", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("cjk", size=18)
    pdf.cell(
        0, 12, "枫林县2031年度乡镇目标管理责任书", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 9, "（石门镇）", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(
        0,
        7,
        "为全面完成2031年度经济社会发展各项目标任务，根据县委、县政府决策部署，经研究，"
        "县人民政府（甲方）与石门镇人民政府（乙方）签订本责任书。2030年，石门镇完成一般公共预算收入"
        "1.27亿元，固定资产投资7.9亿元。2031年度目标任务如下：",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)

    pdf.set_font("cjk", size=11)
    with pdf.table(
        col_widths=(12, 26, 78, 14, 44),
        line_height=8,
        text_align=("CENTER", "CENTER", "LEFT", "CENTER", "CENTER"),
        repeat_headings=1,
    ) as table:
        table.row(["序号", "考核内容", "目标任务", "分值", "责任单位"])
        for r in PDF_ROWS:
            table.row(list(r))
        table.row(["", "合计", "", "100", ""])

    pdf.ln(5)
    pdf.multi_cell(
        0,
        7,
        "说明：1.本责任书考核实行百分制，年终由县考核办组织考核；2.获得市级以上表彰的每项加1-3分，"
        "加分最高不超过5分；3.发生重大安全事故、重大群体性事件的实行“一票否决”。"
        "4.本责任书一式两份，甲乙双方各执一份。考核办联系电话：0734-5286110。",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(10)
    pdf.cell(85, 8, "甲方：枫林县人民政府（盖章）")
    pdf.cell(0, 8, "乙方：石门镇人民政府（盖章）", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(85, 8, "县长（签字）：")
    pdf.cell(0, 8, "镇长（签字）：", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.cell(0, 8, "2031年2月26日", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(HERE, PDF_NAME))
    return pdf.pages_count


if __name__ == "__main__":
    make_txt()
    make_xlsx()
    make_docx()
    n = make_pdf()
    print("pdf pages:", n)
