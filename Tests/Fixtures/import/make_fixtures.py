#!/usr/bin/env python3
"""Writes the binary import fixtures (GB18030 and UTF-16) from the text below, and the hostile inputs.

Run from anywhere: python3 Tests/Fixtures/import/make_fixtures.py. The outputs are committed; the test
expectations (*.expected.csv) were written by hand from the rows below, not from journeymap's output.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# 问卷星 "readable" CSV, as Excel on Chinese Windows saves it: GB18030, no BOM, CRLF.
WJX = """序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您所在的班组？,2、您如何评价入职以来的整体体验？,3、请为各环节打分—入职第一天,3、请为各环节打分—培训期,3、请为各环节打分—第一次独立接线,4、哪些环节对您有帮助？,5、您有多大可能推荐朋友来这里工作？,6、还有什么想对我们说的？
1,2024/01/05 10:12:33,95秒,微信,N/A,218.80.1.23(上海-上海),电话一组,非常满意,5,4,3,入职培训┋导师制,9,师傅很耐心，希望培训再长一点
2,2024/01/05 11:40:02,120秒,手机提交,https://www.wjx.cn/vm/abc.aspx?uid=88231,101.88.7.9(江苏-南京),在线客服组,满意,4,(跳过),2,导师制,7,(跳过)
3,2024/01/06 09:03:55,80秒,微信,N/A,180.160.5.77(上海-上海),电话一组,一般,3,-3,八,入职培训,6,账号开通太慢，有事请打13812345678
4,2024/01/06 14:21:10,200秒,链接,N/A,114.86.33.2(浙江-杭州),电话二组,还行,2,2,1,(跳过),-2,
5,2024/01/07 08:15:47,66秒,微信,N/A,58.247.20.11(上海-上海),在线客服组,非常不满意,1,1,1,入职培训┋导师制┋模拟通话,0,系统太多，记不住密码
"""
write("wjx-gb18030.csv", WJX.replace("\n", "\r\n").encode("gb18030"))

# Excel "Unicode text": UTF-16LE with a BOM, tab-separated, CRLF; a quoted cell holds a tab and a line break.
EXCEL = ("Employee ID\tName\tTeam\tOverall\tOffer\tFirst week\tFirst month\tComment\n"
         "E-2041\tZhang Wei\t客服一组\t4\t5\t4\t3\t\"入职很顺利\t谢谢\n导师很好\"\n"
         "E-2042\tMaría José\tChat\t3\t\t2\t2\tfine\n"
         "E-2043\t李娜\t客服一组\t5\t5\t5\t5\t\n"
         "E-2044\tTom Baker\tChat\t2\t3\t1\t\t\"Too many \"\"quick\"\" changes\"\n")
write("excel-unicode.tsv", b"\xff\xfe" + EXCEL.replace("\n", "\r\n").encode("utf-16-le"))

# Hostile CSVs: NUL bytes and invalid UTF-8 (rows skipped with a warning); a quote left open at the end (fatal).
write("hostile-broken.csv",
      b"id,Offer,First week,Comment\n1,4,5,ok\n2,3\x00,4,nul inside\n3,\xff\xfe,4,bad bytes\n4,5,5,fine\n")
write("hostile-unterminated.csv", b"id,Offer,First week,Comment\n1,4,5,ok\n2,2,2,\"never closed\n3,1,1,x\n")

# Hostile XML: an entity bomb, an external entity naming a local file, 20,000-deep nesting, an undeclared entity.
laughs = "".join(' <!ENTITY lol%d "%s">\n' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10) for i in range(1, 10))
write("hostile-billion-laughs.xml", ('<?xml version="1.0"?>\n<!DOCTYPE document [\n <!ENTITY lol "lol">\n' + laughs + "]>\n"
      "<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses><fields><fieldname>id</fieldname></fields>\n"
      "<rows><row><id>&lol9;</id></row></rows></responses></document>\n").encode())
write("hostile-external-entity.xml", ('<?xml version="1.0"?>\n<!DOCTYPE document [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n'
      "<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses><fields><fieldname>id</fieldname><fieldname>Q1</fieldname></fields>\n"
      "<rows><row><id>1</id><Q1>&secret;</Q1></row></rows></responses></document>\n").encode())
write("hostile-deep-nesting.xml", ('<?xml version="1.0"?>\n<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses>'
      "<fields><fieldname>id</fieldname></fields><rows><row><id>" + "<a>" * 20000 + "x" + "</a>" * 20000
      + "</id></row></rows></responses></document>\n").encode())
write("hostile-undeclared-entity.xml", ('<?xml version="1.0"?>\n<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses>'
      "<fields><fieldname>id</fieldname></fields><rows><row><id>&secret;</id></row></rows></responses></document>\n").encode())

# European Excel "CSV": semicolons, Windows-1252 (É, è), CRLF; must not be read as GB18030.
SEMI = ("Équipe;Accueil;Première semaine;Commentaire\n"
        "Support;4;5;Très bien, merci\n"
        "Ventes;2;3;Appelez-moi au 06 12 34 56 78\n"
        "Support;5;;\n")
write("semicolon-1252.csv", SEMI.replace("\n", "\r\n").encode("cp1252"))

# Excel for Mac "CSV": Mac Roman; "Premi\x8fre" and "R\x8eunion" are also valid GB18030 pairs (rare hanzi).
MAC = ("Team,Première semaine,Réunion d'équipe,Comment\n"
       "A,4,5,Très utile\n"
       "B,3,2,\n")
write("macroman.csv", MAC.replace("\n", "\r").encode("mac_roman"))

# Traditional Chinese Excel (Big5) and Japanese Excel (Shift-JIS), read with --encoding.
write("big5.csv", "團隊,入職第一天,培訓期\r\n電話組,4,5\r\n線上組,3,2\r\n".encode("big5"))
write("shiftjis.csv", "チーム,初日,研修期間\r\n電話,4,5\r\nチャット,3,2\r\n".encode("shift_jis"))

if __name__ == "__main__":
    print("wrote the binary and hostile fixtures in", HERE)
