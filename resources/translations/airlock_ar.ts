<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="68" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="69" />
        <location filename="../../app/gui/sections/settings.py" line="84" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="70" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="74" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="81" />
        <source>New account name</source>
        <translation>اسم الحساب الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="90" />
        <source>Initial passphrase</source>
        <translation>عبارة المرور الأولى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="91" />
        <source>&amp;Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="102" />
        <source>New passphrase for your account</source>
        <translation>عبارة مرور جديدة لحسابك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="103" />
        <source>&amp;Change my passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="106" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="107" />
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="108" />
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="110" />
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="111" />
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="118" />
        <source>Roles: admin manages accounts, trust and policy; operator runs nodes, imports and jobs; auditor reads everything and exports the audit trail.</source>
        <translation>الأدوار: admin يدير الحسابات والثقة والسياسة؛ operator يدير العقد والاستيراد والمهام؛ auditor يقرأ كل شيء ويصدّر سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="130" />
        <source>Add the {0} account {1}.</source>
        <translation>إضافة الحساب {1} بدور {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="145" />
        <source>Added {0} account {1}.</source>
        <translation>أُضيف حساب {0} باسم {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="135" />
        <location filename="../../app/gui/sections/settings.py" line="151" />
        <source>The account was not added</source>
        <translation>لم يُضف الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="160" />
        <source>Your passphrase was changed.</source>
        <translation>غُيّرت عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="161" />
        <source>The passphrase was not changed</source>
        <translation>لم تُغيَّر عبارة المرور</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="50" />
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="51" />
        <source>Everything Airlock knows is kept encrypted in {0}.</source>
        <translation>كل ما يعرفه Airlock محفوظ مشفراً في {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="54" />
        <source>Admin account name</source>
        <translation>اسم حساب المدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="59" />
        <source>At least 8 characters; a few unrelated words are best.</source>
        <translation>8 أحرف على الأقل؛ والأفضل بضع كلمات غير مترابطة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="63" />
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="66" />
        <source>Admin &amp;name:</source>
        <translation>اسم المدير:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="67" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="68" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="77" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>تحتاج عبارة المرور إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="81" />
        <source>Nobody can recover this passphrase for you: only the recovery key can.</source>
        <translation>لا أحد يستطيع استعادة عبارة المرور هذه لك: وحده مفتاح الاسترداد يستطيع.</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="436" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="437" />
        <location filename="../../app/gui/sections/settings.py" line="444" />
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="437" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="438" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="443" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="451" />
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="452" />
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="453" />
        <source>These are kept on this machine, outside the vault; they hold no secret.</source>
        <translation>تُحفظ هذه على هذا الجهاز خارج الخزنة؛ ولا تحوي أي سر.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../app/gui/approval.py" line="52" />
        <source>Second approval needed</source>
        <translation>مطلوب موافقة ثانية</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="54" />
        <source>A second account must approve this</source>
        <translation>يجب أن يوافق حساب ثانٍ على هذا</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="59" />
        <source>{0} is under dual control. Another operator types their own account name and passphrase here; both names are recorded in the audit trail.</source>
        <translation>الإجراء {0} خاضع للرقابة الثنائية. يكتب مشغّل آخر هنا اسم حسابه وعبارة مروره؛ ويُسجَّل الاسمان في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="65" />
        <source>Approver's account name</source>
        <translation>اسم حساب الموافِق</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="66" />
        <source>A different account whose role may do this action</source>
        <translation>حساب آخر يسمح دوره بهذا الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="70" />
        <source>Approver's passphrase</source>
        <translation>عبارة مرور الموافِق</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="72" />
        <source>Approver's &amp;account:</source>
        <translation>حساب الموافِق:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="74" />
        <source>Approver's &amp;passphrase:</source>
        <translation>عبارة مرور الموافِق:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="79" />
        <source>Checking the approver's passphrase</source>
        <translation>جارٍ التحقق من عبارة مرور الموافِق</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="81" />
        <source>A&amp;pprove</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="84" />
        <source>Check the approver's passphrase, then go ahead</source>
        <translation>التحقق من عبارة مرور الموافِق ثم المتابعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="86" />
        <source>Do not go ahead; nothing is changed</source>
        <translation>عدم المتابعة؛ لا يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="100" />
        <source>Type the approver's account name and passphrase.</source>
        <translation>اكتب اسم حساب الموافِق وعبارة مروره.</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="103" />
        <source>The approver must be a different account from yours ({0}).</source>
        <translation>يجب أن يكون الموافِق حساباً غير حسابك ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval.py" line="134" />
        <source>Not approved: {0}
What to do: {1}</source>
        <translation>لم تتم الموافقة: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>ApprovalGate</name>
    <message>
        <location filename="../../app/gui/approval.py" line="174" />
        <source>Dual control</source>
        <translation>الرقابة الثنائية</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="223" />
        <source>Filter: actor, action, target, outcome…</source>
        <translation>تصفية: المنفّذ، الإجراء، الهدف، النتيجة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="227" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="228" />
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="232" />
        <source>&amp;Verify now</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="234" />
        <source>Recompute the Merkle tree and check every signed checkpoint</source>
        <translation>إعادة حساب شجرة ميركل والتحقق من كل نقطة تحقق موقّعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="236" />
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="238" />
        <source>Write an audit bundle with a standalone verifier to a medium</source>
        <translation>كتابة حزمة تدقيق مع أداة تحقق مستقلة على وسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="246" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="260" />
        <source>Entry details</source>
        <translation>تفاصيل القيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="279" />
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="294" />
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="301" />
        <source>The log verifies: {0}, {1}, {2}.</source>
        <translation>السجل سليم: {0}، {1}، {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>لا قيود</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيداً</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>لا نقاط تحقق موقّعة</numerusform>
            <numerusform>نقطة تحقق موقّعة واحدة</numerusform>
            <numerusform>نقطتا تحقق موقّعتان</numerusform>
            <numerusform>%n نقاط تحقق موقّعة</numerusform>
            <numerusform>%n نقطة تحقق موقّعة</numerusform>
            <numerusform>%n نقطة تحقق موقّعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="303" />
        <source>%n entry(s) not yet sealed by a checkpoint</source>
        <translation>
            <numerusform>لا قيود تنتظر الختم</numerusform>
            <numerusform>قيد واحد لم يُختم بعد بنقطة تحقق</numerusform>
            <numerusform>قيدان لم يُختما بعد بنقطة تحقق</numerusform>
            <numerusform>%n قيود لم تُختم بعد بنقطة تحقق</numerusform>
            <numerusform>%n قيداً لم يُختم بعد بنقطة تحقق</numerusform>
            <numerusform>%n قيد لم يُختم بعد بنقطة تحقق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="306" />
        <source>The log does NOT verify: {0} Export it and report it to your auditor.</source>
        <translation>السجل لا يجتاز التحقق: {0} صدّره وأبلغ المدقق.</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="176" />
        <source>Filter bundles: name, type, classification, signer…</source>
        <translation>تصفية الحزم: الاسم، النوع، التصنيف، الموقّع…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="178" />
        <source>&amp;Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="180" />
        <source>Verify and import a bundle directory (NAME-VERSION.airlock)</source>
        <translation>التحقق من مجلد حزمة واستيراده (NAME-VERSION.airlock)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="185" />
        <source>Bundles in the content store</source>
        <translation>الحزم في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="196" />
        <source>Bundle details</source>
        <translation>تفاصيل الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="197" />
        <source>No bundles imported. Insert a medium or use Import folder…</source>
        <translation>لم تُستورد أي حزمة. أدخل وسيطاً أو استخدم استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="203" />
        <source>Select a bundle to see its signers, classification, license and model card.</source>
        <translation>اختر حزمة لترى موقّعيها وتصنيفها وترخيصها وبطاقة النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="205" />
        <source>&amp;Deploy…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="207" />
        <source>Deploy the selected model or update bundle to nodes (Ctrl+D)</source>
        <translation>نشر حزمة النموذج أو التحديث المحددة على العقد (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="238" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="260" />
        <source>No trust root is pinned: no bundle can be imported until an admin pins one in Settings → Trust roots.</source>
        <translation>لا جذر ثقة مثبت: لا يمكن استيراد أي حزمة حتى يثبّت مدير جذراً في الإعدادات ← جذور الثقة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="295" />
        <source>Choose a bundle folder</source>
        <translation>اختر مجلد حزمة</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="42" />
        <source>Seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="43" />
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="44" />
        <source>Actor</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="45" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="46" />
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="47" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="74" />
        <location filename="../../app/gui/sections/nodes.py" line="64" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="75" />
        <location filename="../../app/gui/sections/bundles.py" line="334" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="76" />
        <location filename="../../app/gui/sections/bundles.py" line="333" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="77" />
        <location filename="../../app/gui/sections/bundles.py" line="335" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="78" />
        <location filename="../../app/gui/sections/bundles.py" line="336" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="79" />
        <source>Signed by</source>
        <translation>موقّع من</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="80" />
        <location filename="../../app/gui/sections/bundles.py" line="340" />
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="337" />
        <source>{0} in {1} files</source>
        <translation>{0} في {1} ملفات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="338" />
        <source>Signed by role</source>
        <translation>موقّع بالدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="339" />
        <source>Signers (key ids)</source>
        <translation>الموقّعون (معرّفات المفاتيح)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="341" />
        <source>{0} by {1}</source>
        <translation>{0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="342" />
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="346" />
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="347" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="348" />
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="349" />
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="353" />
        <source>No description.</source>
        <translation>لا وصف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="354" />
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="43" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="44" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="45" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="46" />
        <location filename="../../app/gui/sections/nodes.py" line="66" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="47" />
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="65" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="67" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="69" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="242" />
        <source>enrolled</source>
        <translation>مسجّلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="243" />
        <source>host key changed</source>
        <translation>مفتاح المضيف تغيّر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="81" />
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="82" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="83" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="84" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="94" />
        <source>ok</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="95" />
        <source>no GPU</source>
        <translation>لا توجد GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="96" />
        <source>driver not loaded</source>
        <translation>المشغل غير محمّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="97" />
        <source>GPU not responding</source>
        <translation>وحدة GPU لا تستجيب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="98" />
        <source>nvidia-smi failed</source>
        <translation>فشل nvidia-smi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="71" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="72" />
        <source>Host key</source>
        <translation>مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="73" />
        <source>The pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبت</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="97" />
        <location filename="../../app/gui/first_run.py" line="105" />
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="98" />
        <source>Tuning the key derivation to this machine; this takes a few seconds.</source>
        <translation>جارٍ ضبط اشتقاق المفتاح لهذا الجهاز؛ يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="118" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="130" />
        <source>The vault is ready.</source>
        <translation>الخزنة جاهزة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="140" />
        <source>The vault was not created: {0}
What to do: {1} Go back to change it.</source>
        <translation>لم تُنشأ الخزنة: {0}
ما العمل: {1} ارجع لتغييره.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="71" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="72" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="73" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="74" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>GPU model</source>
        <translation>طراز GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="84" />
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>GPU totals by model</source>
        <translation>إجمالي GPU حسب الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="86" />
        <source>No GPU facts yet. Enrol nodes and run the facts playbook.</source>
        <translation>لا توجد حقائق GPU بعد. سجّل عقداً وشغّل دليل facts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="90" />
        <location filename="../../app/gui/sections/dashboard.py" line="96" />
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="91" />
        <source>No alarms: no changed host keys, no unhealthy GPUs, no failed jobs.</source>
        <translation>لا إنذارات: لا مفاتيح مضيف متغيرة ولا GPU معطلة ولا مهام فاشلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="111" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="120" />
        <source>{0}, {1}, {2}</source>
        <comment>three counts</comment>
        <translation>{0}، {1}، {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n healthy</source>
        <translation>
            <numerusform>سليمة: %n</numerusform>
            <numerusform>سليمة: %n</numerusform>
            <numerusform>سليمة: %n</numerusform>
            <numerusform>سليمة: %n</numerusform>
            <numerusform>سليمة: %n</numerusform>
            <numerusform>سليمة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="121" />
        <source>%n degraded</source>
        <translation>
            <numerusform>متدهورة: %n</numerusform>
            <numerusform>متدهورة: %n</numerusform>
            <numerusform>متدهورة: %n</numerusform>
            <numerusform>متدهورة: %n</numerusform>
            <numerusform>متدهورة: %n</numerusform>
            <numerusform>متدهورة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="122" />
        <source>%n unhealthy</source>
        <translation>
            <numerusform>معطلة: %n</numerusform>
            <numerusform>معطلة: %n</numerusform>
            <numerusform>معطلة: %n</numerusform>
            <numerusform>معطلة: %n</numerusform>
            <numerusform>معطلة: %n</numerusform>
            <numerusform>معطلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="127" />
        <source>%n model(s)</source>
        <translation>
            <numerusform>لا طرازات</numerusform>
            <numerusform>طراز واحد</numerusform>
            <numerusform>طرازان</numerusform>
            <numerusform>%n طرازات</numerusform>
            <numerusform>%n طرازاً</numerusform>
            <numerusform>%n طراز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="126" />
        <source>No nodes enrolled yet.</source>
        <translation>لا عقد مسجلة بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="128" />
        <source>in the content store</source>
        <translation>في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="129" />
        <source>entries in the tamper-evident log</source>
        <translation>قيود في السجل المقاوم للتلاعب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Node {0} offered a changed host key: every connection to it is stopped. An admin must check the key on the console and re-pin it.</source>
        <translation>قدّمت العقدة {0} مفتاح مضيف متغيراً: أوقف كل اتصال بها. على المدير فحص المفتاح من الطرفية وإعادة تثبيته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="142" />
        <source>Node {0} has an unhealthy or unresponsive GPU. Open it in Nodes for the reasons.</source>
        <translation>للعقدة {0} وحدة GPU معطلة أو لا تستجيب. افتحها في العقد لمعرفة الأسباب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="143" />
        <source>Job {0} failed. Open it in Jobs to see which hosts and tasks.</source>
        <translation>فشلت المهمة {0}. افتحها في المهام لمعرفة المضيفين والمهام.</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="155" />
        <source>Deploy a bundle</source>
        <translation>نشر حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="170" />
        <source>&amp;Deploy</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="172" />
        <source>Send the files, let each node verify them, then switch it over</source>
        <translation>إرسال الملفات وترك كل عقدة تتحقق منها ثم تبديلها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="186" />
        <source>Loading bundles and nodes…</source>
        <translation>جارٍ تحميل الحزم والعقد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="192" />
        <source>Bundle to deploy</source>
        <translation>الحزمة المراد نشرها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="200" />
        <source>Playbook that applies the update</source>
        <translation>الـ playbook الذي يطبّق التحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="202" />
        <source>apply_update installs the packages; gpu_driver and baseline apply the driver or the baseline from the same bundle</source>
        <translation>يثبّت apply_update الحزم البرمجية؛ ويطبّق gpu_driver وbaseline برنامج التشغيل أو خط الأساس من الحزمة نفسها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="204" />
        <source>Hash every file in &amp;full on the node</source>
        <translation>حساب بصمة كل ملف كاملاً على العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="206" />
        <source>Also re-read files the node already hashed as they arrived (slower)</source>
        <translation>إعادة قراءة الملفات التي حسبت العقدة بصمتها عند وصولها أيضاً (أبطأ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="208" />
        <source>&amp;Bundle:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="210" />
        <source>&amp;Playbook:</source>
        <translation>دليل التشغيل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="221" />
        <source>Filter nodes: name, label, clearance…</source>
        <translation>تصفية العقد: الاسم، الوسم، التصريح…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="228" />
        <source>Target nodes</source>
        <translation>العقد المستهدفة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="240" />
        <source>&amp;Target nodes (select one or more):</source>
        <translation>العقد المستهدفة (اختر واحدة أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="252" />
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="253" />
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Clearance</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="254" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="255" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="256" />
        <source>Placement</source>
        <translation>قرار السياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="274" />
        <source>A bundle goes only to nodes cleared for its classification or higher. Levels, least sensitive first: {0}. A node's clearance is its clearance label.</source>
        <translation>لا تذهب الحزمة إلا إلى عقد مصرّح لها بتصنيفها أو بما هو أعلى. المستويات من الأقل حساسية: {0}. تصريح العقدة هو وسم clearance الخاص بها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="282" />
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}، {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="290" />
        <source>No model or update bundle is imported. Import one in Bundles first.</source>
        <translation>لم تُستورد أي حزمة نموذج أو تحديث. استورد واحدة أولاً في قسم الحزم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="292" />
        <source>No node is enrolled. Enrol one in Nodes first.</source>
        <translation>لا توجد عقدة مسجلة. سجّل واحدة أولاً في قسم العقد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="299" />
        <source>Bundles and nodes could not be read: {0}
What to do: {1}</source>
        <translation>تعذّرت قراءة الحزم والعقد: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="320" />
        <source>{0} bundle, classified {1}, {2}; signed by the {3} role.</source>
        <translation>حزمة {0}، تصنيفها {1}، {2}؛ وقّعها الدور {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="331" />
        <source>{0} (no clearance label)</source>
        <translation>{0} (بلا وسم clearance)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="339" />
        <source>blocked: its host key changed</source>
        <translation>محظورة: تغيّر مفتاح مضيفها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="341" />
        <source>allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="342" />
        <source>refused: {0}</source>
        <translation>مرفوض: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="347" />
        <source>classification {0} is not a configured level</source>
        <translation>التصنيف {0} ليس مستوى مُعرَّفاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="349" />
        <source>clearance {0} is not a configured level</source>
        <translation>التصريح {0} ليس مستوى مُعرَّفاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="350" />
        <source>cleared for {0}, below {1}</source>
        <translation>مصرّح لها بـ {0}، وهو أدنى من {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="374" />
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>لا عقد محددة</numerusform>
            <numerusform>عقدة واحدة محددة</numerusform>
            <numerusform>عقدتان محددتان</numerusform>
            <numerusform>%n عقد محددة</numerusform>
            <numerusform>%n عقدة محددة</numerusform>
            <numerusform>%n عقدة محددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="376" />
        <source>%n node(s) refused by policy</source>
        <translation>
            <numerusform>لا عقد رفضتها السياسة</numerusform>
            <numerusform>عقدة واحدة رفضتها السياسة</numerusform>
            <numerusform>عقدتان رفضتهما السياسة</numerusform>
            <numerusform>%n عقد رفضتها السياسة</numerusform>
            <numerusform>%n عقدة رفضتها السياسة</numerusform>
            <numerusform>%n عقدة رفضتها السياسة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="388" />
        <source>Deploy {0} {1} ({2}, {3}) to {4}: {5}.</source>
        <translation>نشر {0} {1} ({2}، {3}) على {4}: {5}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
        <location filename="../../app/gui/deploy.py" line="412" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>لا عقد</numerusform>
            <numerusform>عقدة واحدة</numerusform>
            <numerusform>عقدتان</numerusform>
            <numerusform>%n عقد</numerusform>
            <numerusform>%n عقدة</numerusform>
            <numerusform>%n عقدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="411" />
        <source>Deploying {0} {1} to {2}…</source>
        <translation>جارٍ نشر {0} {1} على {2}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="385" />
        <source>Choose a bundle and at least one node.</source>
        <translation>اختر حزمة وعقدة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="415" />
        <source>Deployed {0}.</source>
        <translation>نُشر {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="417" />
        <source>Switched over: {0}.</source>
        <translation>بُدّلت: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="419" />
        <source>Already current (nothing sent): {0}.</source>
        <translation>محدّثة مسبقاً (لم يُرسل شيء): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="429" />
        <source>Cancelled. The nodes keep the version they had; files already sent are resumed by the next deploy.</source>
        <translation>أُلغي. تحتفظ العقد بالإصدار الذي كان لديها؛ ويُستأنف إرسال الملفات المرسلة في النشر التالي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="434" />
        <source>Not deployed: {0}
What to do: {1}</source>
        <translation>لم يُنشر: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="444" />
        <source>Placement refused: nothing was sent. {0} is classified {1}; these nodes are not cleared for it:</source>
        <translation>رُفض الوضع: لم يُرسل شيء. تصنيف {0} هو {1}؛ وهذه العقد غير مصرّح لها به:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="446" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="451" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="457" />
        <source>Refused by placement policy.</source>
        <translation>رُفض بموجب سياسة الوضع.</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="222" />
        <source>Bundles deployed on this node</source>
        <translation>الحزم المنشورة على هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="223" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="224" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="224" />
        <source>Previous version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="225" />
        <source>Deployed</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="225" />
        <source>Approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="233" />
        <source>No bundles deployed on this node. Use Deploy… to send a model or an update to it.</source>
        <translation>لا حزم منشورة على هذه العقدة. استخدم نشر… لإرسال نموذج أو تحديث إليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="235" />
        <source>Roll &amp;back…</source>
        <translation>تراجع…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="237" />
        <location filename="../../app/gui/sections/nodes.py" line="286" />
        <source>Switch the selected model back to the version deployed before it</source>
        <translation>إرجاع النموذج المحدد إلى الإصدار المنشور قبله</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="240" />
        <source>&amp;Deploy to this node…</source>
        <translation>نشر على هذه العقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="242" />
        <source>Deploy an imported model or update bundle to this node</source>
        <translation>نشر حزمة نموذج أو تحديث مستوردة على هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="283" />
        <source>Only a model with a previous version recorded can be rolled back</source>
        <translation>لا يمكن التراجع إلا عن نموذج له إصدار سابق مسجل</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="54" />
        <source>Where to write the export</source>
        <translation>أين يُكتب التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="55" />
        <source>Choose a folder on the removable medium that leaves the enclave. A new folder is created inside it.</source>
        <translation>اختر مجلداً على الوسيط القابل للإزالة الذي سيغادر المنطقة المعزولة. يُنشأ داخله مجلد جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="59" />
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="60" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="66" />
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="70" />
        <source>Choose the medium</source>
        <translation>اختر الوسيط</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/gui/enrol.py" line="71" />
        <source>Enrol a node</source>
        <translation>تسجيل عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="87" />
        <source>Bootstrap &amp;key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="89" />
        <source>Bootstrap pass&amp;word</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="95" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="103" />
        <source>KEY=VALUE pairs separated by spaces.</source>
        <translation>أزواج KEY=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="107" />
        <source>Host variables for the playbooks, airlock_NAME=VALUE separated by spaces.</source>
        <translation>متغيرات المضيف لأدلة التشغيل، airlock_NAME=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Node name</source>
        <translation>اسم العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>SSH port</source>
        <translation>منفذ SSH</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>Bootstrap key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Bootstrap password</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Host variables</source>
        <translation>متغيرات المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="119" />
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="120" />
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="121" />
        <source>&amp;Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="122" />
        <source>&amp;User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="125" />
        <source>&amp;Labels:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="126" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="131" />
        <source>The node presents this host key. Compare it with the fingerprint read on the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>تقدّم العقدة مفتاح المضيف هذا. قارنه بالبصمة المقروءة من طرفية العقدة (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="137" />
        <source>Host key fingerprint</source>
        <translation>بصمة مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="138" />
        <source>It &amp;matches: pin this key</source>
        <translation>تتطابق: ثبّت هذا المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="140" />
        <source>It &amp;differs: stop</source>
        <translation>تختلف: توقف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="161" />
        <source>&amp;Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="174" />
        <source>Choose the bootstrap private key</source>
        <translation>اختر مفتاح التمهيد الخاص</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="181" />
        <source>Choose the bootstrap key file, or use a bootstrap password.</source>
        <translation>اختر ملف مفتاح التمهيد أو استخدم كلمة مرور التمهيد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="197" />
        <source>Contacting {0}…</source>
        <translation>جارٍ الاتصال بـ {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="213" />
        <source>Node {0} is enrolled; its host key is pinned.</source>
        <translation>سُجّلت العقدة {0}؛ ثُبّت مفتاح مضيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="222" />
        <source>Not enrolled: {0}
What to do: {1}</source>
        <translation>لم تُسجّل: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/errors.py" line="14" />
        <source>Check the details above, correct them and try again.</source>
        <translation>راجع التفاصيل أعلاه وصحّحها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="18" />
        <source>The system refused a file or device operation: {0}.</source>
        <translation>رفض النظام عملية على ملف أو جهاز: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="20" />
        <source>Check that the medium is inserted and writable and that the disk has space, then retry.</source>
        <translation>تأكد من إدخال الوسيط وقابليته للكتابة ومن توفر مساحة على القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="22" />
        <source>An unexpected error stopped the operation ({0}).</source>
        <translation>أوقف خطأ غير متوقع العملية ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="24" />
        <source>Nothing was changed. Try again; if it happens again, export the audit log and report it.</source>
        <translation>لم يتغير شيء. أعد المحاولة؛ وإن تكرر ذلك فصدّر سجل التدقيق وأبلغ عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="35" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="198" />
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="311" />
        <source>Welcome to Airlock</source>
        <translation>مرحباً بك في Airlock</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="127" />
        <location filename="../../app/gui/sections/nodes.py" line="139" />
        <source>Health history</source>
        <translation>سجل الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="158" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="159" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="160" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="189" />
        <source>Latest health check</source>
        <translation>آخر فحص للسلامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="199" />
        <source>Not checked yet. Run the health playbook on this node.</source>
        <translation>لم يُفحص بعد. شغّل دليل health على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="202" />
        <source>Latest check {0}: {1}</source>
        <translation>آخر فحص {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="65" />
        <source>Import {0}</source>
        <translation>استيراد {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="67" />
        <source>Verifying the signed manifest, then copying and hashing every file once.</source>
        <translation>التحقق من البيان الموقّع ثم نسخ كل ملف وحساب بصمته مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="74" />
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83" />
        <source>Stop the import; nothing is added to the store.</source>
        <translation>إيقاف الاستيراد؛ لا يُضاف شيء إلى المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="110" />
        <source>{0} of {1} · {2}/s · {3} left</source>
        <translation>{0} من {1} · {2}/ث · المتبقي {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="123" />
        <source>Imported {0} {1}: {2}, {3} in the store.</source>
        <translation>استُورد {0} {1}: {2}، {3} في المخزن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="125" />
        <source>%n new object(s)</source>
        <translation>
            <numerusform>لا كائنات جديدة</numerusform>
            <numerusform>كائن جديد واحد</numerusform>
            <numerusform>كائنان جديدان</numerusform>
            <numerusform>%n كائنات جديدة</numerusform>
            <numerusform>%n كائناً جديداً</numerusform>
            <numerusform>%n كائن جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="134" />
        <source>Cancelled. The store is unchanged.</source>
        <translation>أُلغي. لم يتغير المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="136" />
        <source>Rejected: {0}
What to do: {1}</source>
        <translation>رُفض: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="143" />
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>JobsSection</name>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="65" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="68" />
        <source>all nodes; or names, globs, label=value</source>
        <translation>كل العقد؛ أو أسماء أو أنماط أو وسم=قيمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="69" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="70" />
        <source>Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a</source>
        <translation>أي العقد: أسماء أو أنماط مفصولة بفواصل، مثل gpu-0*,site=a</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="74" />
        <source>Extra variables</source>
        <translation>متغيرات إضافية</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="75" />
        <source>&amp;Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="77" />
        <source>Run the playbook on the selection (Ctrl+R)</source>
        <translation>تشغيل دليل التشغيل على التحديد (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="81" />
        <source>&amp;Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="83" />
        <source>Stop Ansible; results so far are kept</source>
        <translation>إيقاف Ansible؛ تُحفظ النتائج حتى الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="91" />
        <source>&amp;Playbook:</source>
        <translation>دليل التشغيل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="92" />
        <source>&amp;Nodes:</source>
        <translation>العقد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="93" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="102" />
        <location filename="../../app/gui/sections/jobs.py" line="141" />
        <source>Hosts and tasks</source>
        <translation>المضيفون والمهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="111" />
        <source>Job log</source>
        <translation>سجل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="124" />
        <location filename="../../app/gui/sections/jobs.py" line="138" />
        <source>Recent jobs</source>
        <translation>المهام الأخيرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="122" />
        <source>No jobs yet. Choose a playbook and nodes, then Run.</source>
        <translation>لا مهام بعد. اختر دليل تشغيل وعقداً ثم شغّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="100" />
        <source>Run a playbook, or choose a job under Recent jobs, to see each host's tasks and the log here.</source>
        <translation>شغّل playbook أو اختر مهمة من المهام الأخيرة لترى هنا خطوات كل مضيف والسجل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="142" />
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="153" />
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="185" />
        <source>Choose a playbook first.</source>
        <translation>اختر دليل تشغيل أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="200" />
        <source>Running {0} on {1}…</source>
        <translation>جارٍ تشغيل {0} على {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="200" />
        <source>all nodes</source>
        <translation>كل العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="214" />
        <source>Cancelling: stopping Ansible…</source>
        <translation>جارٍ الإلغاء: إيقاف Ansible…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="225" />
        <source>Job {0} ended: {1}.</source>
        <translation>انتهت المهمة {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="227" />
        <source>Not contacted (changed host key): {0}.</source>
        <translation>لم يُتصل بها (مفتاح مضيف متغير): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="237" />
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="239" />
        <source>The job did not run to its end: {0}
What to do: {1}</source>
        <translation>لم تكتمل المهمة: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="258" />
        <source>Job {0}: {1} on {2}, {3}.</source>
        <translation>المهمة {0}: {1} على {2}، {3}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="85" />
        <source>The verifier key</source>
        <translation>مفتاح التحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="86" />
        <source>Auditors check the export against this key. Read its fingerprint to them, or compare it with the one on their paper.</source>
        <translation>يتحقق المدققون من التصدير بهذا المفتاح. اقرأ لهم بصمته أو قارنها بالمدوّنة على ورقتهم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="93" />
        <source>Verifier key fingerprint</source>
        <translation>بصمة مفتاح التحقق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="49" />
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="64" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="69" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89" />
        <source>Unlocked account</source>
        <translation>الحساب المفتوح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>&amp;Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101" />
        <source>&amp;Import bundle folder…</source>
        <translation>استيراد مجلد حزمة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103" />
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104" />
        <source>Lock the vault now; unlock with your passphrase</source>
        <translation>اقفل الخزنة الآن؛ افتحها بعبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105" />
        <source>&amp;Switch account…</source>
        <translation>تبديل الحساب…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109" />
        <source>V&amp;iew</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113" />
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Go to a section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Import a bundle folder</source>
        <translation>استيراد مجلد حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Filter the current list</source>
        <translation>تصفية القائمة الحالية</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Run the job</source>
        <translation>تشغيل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Deploy the selected bundle or to the selected nodes</source>
        <translation>نشر الحزمة المحددة أو على العقد المحددة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>Delete</source>
        <translation>مفتاح الحذف</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>Remove the selected node</source>
        <translation>إزالة العقدة المحددة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="197" />
        <source>Nothing to import: drop a bundle folder (NAME-VERSION.airlock).</source>
        <translation>لا شيء للاستيراد: أفلت مجلد حزمة (NAME-VERSION.airlock).</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="94" />
        <source>Bundles on media</source>
        <translation>الحزم على الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="96" />
        <location filename="../../app/gui/sections/bundles.py" line="150" />
        <source>No medium with bundles. Insert a USB stick or disc with .airlock bundles, or drop a bundle folder on this window.</source>
        <translation>لا وسيط يحمل حزماً. أدخل ذاكرة USB أو قرصاً عليه حزم ‎.airlock أو أفلت مجلد حزمة على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="98" />
        <source>Import &amp;selected</source>
        <translation>استيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="101" />
        <source>Verify and import the bundles selected in this list</source>
        <translation>التحقق من الحزم المحددة في هذه القائمة واستيرادها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="104" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="147" />
        <source>Media could not be scanned: {0}</source>
        <translation>تعذّر فحص الوسائط: {0}</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="40" />
        <source>Set a new passphrase</source>
        <translation>تعيين عبارة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="42" />
        <source>The vault is open with the recovery key. Give the account that lost its passphrase a new one now; the recovery key itself stays valid, so keep it where it was.</source>
        <translation>الخزنة مفتوحة بمفتاح الاسترداد. امنح الآن الحساب الذي فقد عبارة مروره عبارة جديدة؛ يبقى مفتاح الاسترداد نفسه صالحاً، فاحفظه حيث كان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="48" />
        <source>Account to give a new passphrase</source>
        <translation>الحساب الذي ستُعطى له عبارة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="52" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="53" />
        <source>At least 8 characters; a few words are best</source>
        <translation>8 أحرف على الأقل؛ والأفضل بضع كلمات</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="57" />
        <source>New passphrase, again</source>
        <translation>عبارة المرور الجديدة، مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="59" />
        <source>A&amp;ccount:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="59" />
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="60" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="64" />
        <source>&amp;Set passphrase and continue</source>
        <translation>تعيين عبارة المرور والمتابعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="67" />
        <source>Rewrap the account's key slot with the new passphrase (audited)</source>
        <translation>إعادة تغليف خانة مفتاح الحساب بعبارة المرور الجديدة (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="68" />
        <source>Continue &amp;without</source>
        <translation>المتابعة دون ذلك</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="70" />
        <source>Open Airlock as recovery-key; set the passphrase later in Settings</source>
        <translation>فتح Airlock باسم recovery-key؛ وتعيين عبارة المرور لاحقاً في الإعدادات</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="308" />
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="312" />
        <source>Temperature (°C)</source>
        <translation>الحرارة (°م)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="307" />
        <source>GPU</source>
        <translation>وحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="307" />
        <source>Index nvidia-smi gives the GPU</source>
        <translation>الفهرس الذي يعطيه nvidia-smi لوحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="309" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="310" />
        <source>Memory used / total (MiB)</source>
        <translation>الذاكرة المستخدمة / الإجمالية (MiB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="310" />
        <source>Memory (MiB)</source>
        <translation>الذاكرة (MiB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="311" />
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="311" />
        <source>Multi-Instance GPU mode</source>
        <translation>وضع GPU متعدد المثيلات (MIG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="312" />
        <source>Now, and where the GPU slows itself down</source>
        <translation>الآن، والحد الذي تبطئ عنده وحدة GPU نفسها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Power draw / limit (W)</source>
        <translation>القدرة المستهلكة / الحد (واط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Power (W)</source>
        <translation>القدرة (واط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Uncorrected ECC (boot / lifetime)</source>
        <translation>أخطاء ECC غير المصححة (منذ الإقلاع / طوال العمر)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Uncorrected ECC</source>
        <translation>أخطاء ECC غير المصححة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>Reset pending</source>
        <translation>بانتظار إعادة التعيين</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>Retired pages or remapped rows wait for a GPU reset</source>
        <translation>صفحات مسحوبة أو صفوف معاد تعيينها بانتظار إعادة تعيين وحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>GPUs of this node</source>
        <translation>وحدات GPU في هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="336" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="337" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="338" />
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="339" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="340" />
        <source>Deployed bundles</source>
        <translation>الحزم المنشورة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="347" />
        <source>{0} ({1} before slowdown)</source>
        <translation>{0} ({1} قبل التباطؤ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="359" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="359" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="368" />
        <source>Address: {0}:{1}, user {2}</source>
        <translation>العنوان: {0}:{1}، المستخدم {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="369" />
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="370" />
        <source>Pinned host key: {0}</source>
        <translation>مفتاح المضيف المثبت: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="371" />
        <source>Labels: {0}</source>
        <translation>الوسوم: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="372" />
        <source>Enrolled {0} by {1}</source>
        <translation>سُجّلت في {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="373" />
        <source>Driver {0}, CUDA {1}, GPU state {2}</source>
        <translation>التعريف {0}، CUDA {1}، حالة GPU {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="378" />
        <source>The node offered a changed host key. Every connection to it is stopped until an admin re-pins it.</source>
        <translation>قدّمت العقدة مفتاح مضيف متغيراً. أوقف كل اتصال بها حتى يعيد المدير تثبيته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="388" />
        <source>No facts collected yet. Run the facts playbook on this node.</source>
        <translation>لم تُجمع حقائق بعد. شغّل دليل facts على هذه العقدة.</translation>
    </message>
</context>
<context>
    <name>NodesSection</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="400" />
        <source>Filter nodes: name, address, label, status…</source>
        <translation>تصفية العقد: الاسم، العنوان، الوسم، الحالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="403" />
        <source>&amp;Enrol node…</source>
        <translation>تسجيل عقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="405" />
        <source>Contact a new node, confirm its host key and install the management key</source>
        <translation>الاتصال بعقدة جديدة وتأكيد مفتاح المضيف وتثبيت مفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="409" />
        <source>&amp;Deploy…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="410" />
        <source>Deploy a model or update bundle to the selected nodes (Ctrl+D)</source>
        <translation>نشر حزمة نموذج أو تحديث على العقد المحددة (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="412" />
        <source>Re-&amp;pin host key…</source>
        <translation>إعادة تثبيت مفتاح المضيف…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="413" />
        <source>Admin: pin the new host key of the selected node, after reading it on its console</source>
        <translation>للمدير: تثبيت مفتاح المضيف الجديد للعقدة المحددة بعد قراءته من طرفيتها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="415" />
        <source>&amp;Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="416" />
        <source>Forget the selected node (Delete)</source>
        <translation>نسيان العقدة المحددة (مفتاح الحذف)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="422" />
        <location filename="../../app/gui/sections/nodes.py" line="466" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="443" />
        <source>No nodes enrolled yet. Use Enrol node… to add the first one.</source>
        <translation>لا عقد مسجلة بعد. استخدم تسجيل عقدة… لإضافة الأولى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="521" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="600" />
        <source>Enrolled {0}.</source>
        <translation>سُجّلت {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="662" />
        <source>Re-pinned the host key of {0}.</source>
        <translation>أُعيد تثبيت مفتاح مضيف {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="669" />
        <source>Removed {0}.</source>
        <translation>أُزيلت {0}.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="61" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="72" />
        <location filename="../../app/gui/deploy.py" line="83" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="85" />
        <source>Stop; what was already done on a node stays recorded</source>
        <translation>إيقاف؛ يبقى ما تم على العقدة مسجلاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="109" />
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} من {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="118" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="132" />
        <source>Cancelling: the nodes keep the version they have; files already sent are resumed by the next deploy.</source>
        <translation>جارٍ الإلغاء: تحتفظ العقد بإصدارها الحالي؛ ويُستأنف إرسال الملفات المرسلة في النشر التالي.</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="251" />
        <source>Classification levels</source>
        <translation>مستويات التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="252" />
        <source>Least sensitive first, separated by commas</source>
        <translation>الأقل حساسية أولاً، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="257" />
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Lock after idle seconds</source>
        <translation>القفل بعد ثوانٍ من الخمول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="259" />
        <source>0 never locks on idle (not recommended)</source>
        <translation>0 لا يقفل أبداً عند الخمول (غير مستحسن)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="260" />
        <source>&amp;Save policy</source>
        <translation>حفظ السياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Classification levels:</source>
        <translation>مستويات التصنيف:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="268" />
        <source>Needs a second account's approval</source>
        <translation>يتطلب موافقة حساب ثانٍ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="270" />
        <source>Dual control:</source>
        <translation>الرقابة الثنائية:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="271" />
        <source>Lock when idle for:</source>
        <translation>القفل عند الخمول لمدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="273" />
        <source>A bundle may go only to nodes whose clearance label is at least its classification.</source>
        <translation>لا تُرسل الحزمة إلا إلى عقد لا يقل تصريحها عن تصنيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="303" />
        <source>Save the classification levels, dual control and idle lock settings.</source>
        <translation>حفظ مستويات التصنيف والرقابة الثنائية وإعدادات القفل عند الخمول.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="309" />
        <source>The policy was not saved</source>
        <translation>لم تُحفظ السياسة</translation>
    </message>
</context>
<context>
    <name>PrintableRecovery</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="156" />
        <source>Recovery key - printable view</source>
        <translation>مفتاح الاسترداد - عرض قابل للطباعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="158" />
        <source>Airlock recovery key</source>
        <translation>مفتاح استرداد Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="159" />
        <source>Keep this sheet in a safe. Anyone holding it can open the vault as an admin.</source>
        <translation>احفظ هذه الورقة في خزنة. من يحملها يستطيع فتح الخزنة كمدير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="160" />
        <source>Vault: {0}</source>
        <translation>الخزنة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="168" />
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="189" />
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="190" />
        <source>Shown once. Write it on paper or print it, and keep it in a safe.</source>
        <translation>يُعرض مرة واحدة. دوّنه على ورق أو اطبعه واحفظه في خزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="195" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="197" />
        <source>Printable &amp;view…</source>
        <translation>عرض قابل للطباعة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="200" />
        <source>I have written down or printed the recovery key</source>
        <translation>دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="209" />
        <source>Airlock does not keep it: after this page it cannot be shown again.</source>
        <translation>لا يحتفظ Airlock به: بعد هذه الصفحة لا يمكن عرضه مجدداً.</translation>
    </message>
</context>
<context>
    <name>RemoveNodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="195" />
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="197" />
        <source>Remove the node {0}?</source>
        <translation>إزالة العقدة {0}؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="199" />
        <source>Airlock forgets it: its pinned host key, facts and health history are deleted from the vault, and jobs and deployments no longer reach it. Nothing is changed on the node itself; to use it again, enrol it again.</source>
        <translation>ينساها Airlock: يُحذف من الخزنة مفتاح مضيفها المثبت وحقائقها وسجل صحتها، ولا تصلها المهام وعمليات النشر بعد الآن. لا يتغير شيء على العقدة نفسها؛ لاستخدامها مجدداً سجّلها من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="203" />
        <source>&amp;Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="206" />
        <source>Forget this node (audited)</source>
        <translation>نسيان هذه العقدة (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="218" />
        <source>Remove the node {0}.</source>
        <translation>إزالة العقدة {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="226" />
        <source>Removing {0}…</source>
        <translation>جارٍ إزالة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="237" />
        <source>Not removed</source>
        <translation>لم تُزل</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="82" />
        <source>Re-pin the host key of {0}</source>
        <translation>إعادة تثبيت مفتاح مضيف {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="84" />
        <source>{0} ({1}:{2}) is pinned to the host key below. Re-pin only a key you read on the node's own console, for example with ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock then contacts the node and pins the key it offers only if it matches what you typed.</source>
        <translation>العقدة {0} ({1}:{2}) مثبتة على مفتاح المضيف أدناه. لا تُعد التثبيت إلا لمفتاح قرأته من طرفية العقدة نفسها، مثلاً بالأمر ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. يتصل Airlock بعدها بالعقدة ولا يثبّت المفتاح الذي تقدمه إلا إذا طابق ما كتبته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="91" />
        <source>(no key pinned)</source>
        <translation>(لا مفتاح مثبت)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="95" />
        <source>Pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="99" />
        <source>New host key fingerprint</source>
        <translation>بصمة مفتاح المضيف الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="103" />
        <source>New host key fingerprint, again</source>
        <translation>بصمة مفتاح المضيف الجديد، مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="104" />
        <source>Type it a second time, from the console, not by copying the first field</source>
        <translation>اكتبها مرة ثانية من الطرفية، لا بنسخ الحقل الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="106" />
        <source>Pinned now:</source>
        <translation>المثبت حالياً:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="107" />
        <source>&amp;New fingerprint:</source>
        <translation>البصمة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="109" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="113" />
        <source>&amp;Re-pin</source>
        <translation>إعادة التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="115" />
        <source>Contact the node and pin its key if it matches</source>
        <translation>الاتصال بالعقدة وتثبيت مفتاحها إن تطابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="133" />
        <source>The two fingerprints differ.</source>
        <translation>البصمتان مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="144" />
        <source>Re-pin the host key of {0} to {1}.</source>
        <translation>إعادة تثبيت مفتاح مضيف {0} على {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="148" />
        <location filename="../../app/gui/node_actions.py" line="183" />
        <source>Not re-pinned</source>
        <translation>لم يُعد التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="165" />
        <source>Contacting {0} to read the key it offers…</source>
        <translation>جارٍ الاتصال بـ {0} لقراءة المفتاح الذي تقدمه…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="178" />
        <source>Not re-pinned: re-pinning is under dual control, and this version of Airlock cannot pass a second approval for it.
What to do: an admin can take node.repin out of dual control in Settings → Classification and policy, re-pin, then put it back.</source>
        <translation>لم يُعد التثبيت: إعادة التثبيت خاضعة للرقابة الثنائية، وهذا الإصدار من Airlock لا يستطيع تمرير موافقة ثانية لها.
ما العمل: يستطيع المدير إخراج node.repin من الرقابة الثنائية في الإعدادات ← التصنيف والسياسة، ثم إعادة التثبيت، ثم إرجاعها.</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="471" />
        <source>Roll back {0}</source>
        <translation>التراجع عن {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="473" />
        <source>Switch {0} back to the version each node had before. The node keeps both versions; only its current link changes, and the model is restarted.</source>
        <translation>إرجاع {0} إلى الإصدار الذي كان لدى كل عقدة من قبل. تحتفظ العقدة بالإصدارين؛ يتغير رابط current فقط ويُعاد تشغيل النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="476" />
        <source>{0}: {1} → back to {2}</source>
        <translation>{0}: {1} ← العودة إلى {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="482" />
        <source>&amp;Roll back</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="484" />
        <source>Run the rollback playbook on these nodes</source>
        <translation>تشغيل playbook التراجع على هذه العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="495" />
        <source>Roll back {0} on {1}.</source>
        <translation>التراجع عن {0} على {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="508" />
        <source>Rolling back {0}…</source>
        <translation>جارٍ التراجع عن {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="511" />
        <source>Rolled back {0} on: {1}.</source>
        <translation>تم التراجع عن {0} على: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="518" />
        <source>Cancelled. Nodes already switched back stay recorded as such.</source>
        <translation>أُلغي. العقد التي تراجعت بالفعل تبقى مسجلة كذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="520" />
        <source>Not rolled back: {0}
What to do: {1}</source>
        <translation>لم يتم التراجع: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="46" />
        <source>Deploying an update bundle</source>
        <translation>نشر حزمة تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="47" />
        <source>Removing a node</source>
        <translation>إزالة عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="48" />
        <source>Re-pinning a node's host key</source>
        <translation>إعادة تثبيت مفتاح مضيف عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="49" />
        <source>Rotating the trust root</source>
        <translation>تدوير جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="50" />
        <source>Adding an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="51" />
        <source>Changing settings and policy</source>
        <translation>تغيير الإعدادات والسياسة</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="466" />
        <source>Accounts and roles</source>
        <translation>الحسابات والأدوار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="467" />
        <source>Trust roots</source>
        <translation>جذور الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="469" />
        <source>Classification and policy</source>
        <translation>التصنيف والسياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="470" />
        <source>Vault key</source>
        <translation>مفتاح الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="471" />
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="477" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="240" />
        <source>Pin the trust root</source>
        <translation>تثبيت جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="241" />
        <source>Bundles are accepted only when they chain to this root. Type its fingerprint from the paper your publisher gave you.</source>
        <translation>لا تُقبل الحزم إلا إذا ارتبطت بهذا الجذر. اكتب بصمته من الورقة التي سلّمها لك الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="245" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="246" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="247" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="251" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="253" />
        <source>SHA256: followed by 64 hex digits, as `publisher init-trust` printed it.</source>
        <translation>SHA256: متبوعاً بـ 64 رقماً ست عشرياً كما طبعه `publisher init-trust`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="254" />
        <source>P&amp;in this root</source>
        <translation>ثبّت هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="264" />
        <source>Root &amp;file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="265" />
        <source>Finger&amp;print:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="268" />
        <source>You may finish without it and pin the root later in Settings; until then no bundle can be imported.</source>
        <translation>يمكنك الإنهاء دونه وتثبيت الجذر لاحقاً في الإعدادات؛ وحتى ذلك الحين لا يمكن استيراد أي حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="272" />
        <source>Choose root.json</source>
        <translation>اختر root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="273" />
        <source>Trust root (root.json)</source>
        <translation>جذر الثقة (root.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="282" />
        <source>Choose the root file and type its fingerprint first.</source>
        <translation>اختر ملف الجذر واكتب بصمته أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="285" />
        <source>Checking the root…</source>
        <translation>جارٍ فحص الجذر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="291" />
        <source>Pinned root version {0}, fingerprint {1}.</source>
        <translation>ثُبّت الجذر الإصدار {0}، البصمة {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="299" />
        <source>Not pinned: {0}
What to do: {1}</source>
        <translation>لم يُثبّت: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="170" />
        <source>Pinned trust root</source>
        <translation>جذر الثقة المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="173" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="174" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="177" />
        <source>SHA256:… typed from paper (first root only)</source>
        <translation>SHA256:… مكتوبة من الورقة (للجذر الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="178" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="179" />
        <source>&amp;Pin first root</source>
        <translation>تثبيت الجذر الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="182" />
        <source>&amp;Rotate to this root</source>
        <translation>التدوير إلى هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="184" />
        <source>Accept root N+1, signed by the thresholds of both N and N+1</source>
        <translation>قبول الجذر N+1 الموقَّع بعتبتي N و N+1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="190" />
        <source>Root file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="191" />
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="218" />
        <source>Root version {0}</source>
        <translation>الجذر الإصدار {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="219" />
        <source>Expires {0}</source>
        <translation>ينتهي في {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="220" />
        <source>Publishers</source>
        <translation>الناشرون</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="221" />
        <source>Every root version kept</source>
        <translation>كل إصدارات الجذر المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="230" />
        <source>The root was not pinned</source>
        <translation>لم يُثبّت الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="234" />
        <source>Rotate the trust root to {0}.</source>
        <translation>تدوير جذر الثقة إلى {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="236" />
        <location filename="../../app/gui/sections/settings.py" line="241" />
        <source>The root was not rotated</source>
        <translation>لم يُدوَّر الجذر</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="100" />
        <source>Unlock Airlock</source>
        <translation>فتح Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="103" />
        <source>The vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="105" />
        <source>Vault: {0}</source>
        <translation>الخزنة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="111" />
        <source>empty: the only admin</source>
        <translation>فارغ: المدير الوحيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="112" />
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="113" />
        <source>The account to unlock as. Leave it empty when the vault has one admin.</source>
        <translation>الحساب المراد فتحه. اتركه فارغاً إذا كان للخزنة مدير واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="117" />
        <location filename="../../app/gui/unlock.py" line="184" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="118" />
        <source>Unlock with the recovery key instead</source>
        <translation>الفتح بمفتاح الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="120" />
        <source>An admin session acting as recovery-key, for when a passphrase is lost.</source>
        <translation>جلسة مدير باسم recovery-key عند فقدان عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="124" />
        <location filename="../../app/gui/unlock.py" line="183" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="126" />
        <source>&amp;Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="133" />
        <source>Unlocking</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="136" />
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="139" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="140" />
        <source>Close Airlock; the vault stays locked.</source>
        <translation>إغلاق Airlock؛ تبقى الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="183" />
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="184" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="196" />
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="232" />
        <source>Recovery: set a new passphrase</source>
        <translation>الاسترداد: تعيين عبارة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="243" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="246" />
        <source>The passphrase is too short: choose one of at least 8 characters.</source>
        <translation>عبارة المرور قصيرة جداً: اختر واحدة من 8 أحرف على الأقل.</translation>
    </message>
</context>
<context>
    <name>VaultTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="342" />
        <source>The data key encrypts the whole vault. Rotating it re-encrypts the database under a new key and rewraps every key slot: passphrases and the recovery key stay the same. A crash during the rotation leaves either the old or the new key working. Close other Airlock sessions (airlock commands) first: the rotation needs the vault to itself.</source>
        <translation>يشفّر مفتاح البيانات الخزنة كلها. تدويره يعيد تشفير قاعدة البيانات بمفتاح جديد ويعيد تغليف كل خانات المفاتيح: تبقى عبارات المرور ومفتاح الاسترداد كما هي. أي انهيار أثناء التدوير يُبقي المفتاح القديم أو الجديد صالحاً. أغلق جلسات Airlock الأخرى (أوامر airlock) أولاً: يحتاج التدوير إلى الخزنة وحده.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="346" />
        <source>&amp;Rotate the data key</source>
        <translation>تدوير مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="348" />
        <source>Admin: re-encrypt the vault under a new data key (audited)</source>
        <translation>للمدير: إعادة تشفير الخزنة بمفتاح بيانات جديد (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="351" />
        <source>&amp;Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="353" />
        <source>Stop before the new key is switched in; the old key stays</source>
        <translation>الإيقاف قبل اعتماد المفتاح الجديد؛ يبقى المفتاح القديم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="358" />
        <source>Data key rotation progress</source>
        <translation>تقدّم تدوير مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="368" />
        <source>Data key</source>
        <translation>مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="390" />
        <source>Rotating the data key…</source>
        <translation>جارٍ تدوير مفتاح البيانات…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="415" />
        <source>The data key was rotated. Every passphrase and the recovery key still open the vault.</source>
        <translation>دُوِّر مفتاح البيانات. ما زالت كل عبارات المرور ومفتاح الاسترداد تفتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="421" />
        <source>Stopped. The vault keeps its old data key.</source>
        <translation>أُوقف. تحتفظ الخزنة بمفتاح بياناتها القديم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="424" />
        <source>The data key was not rotated: {0}
What to do: {1}</source>
        <translation>لم يُدوَّر مفتاح البيانات: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="137" />
        <source>Writing the export</source>
        <translation>جارٍ كتابة التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="140" />
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="157" />
        <source>Sealing a fresh checkpoint and writing entries…</source>
        <translation>جارٍ ختم نقطة تحقق جديدة وكتابة القيود…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="175" />
        <source>Wrote {0} and {1} to {2}.
Verifier key fingerprint: {3}</source>
        <translation>كُتب {0} و{1} في {2}.
بصمة مفتاح التحقق: {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="176" />
        <source>%n entry(s)</source>
        <translation>
            <numerusform>لا قيود</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيداً</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="177" />
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>لا نقاط تحقق</numerusform>
            <numerusform>نقطة تحقق واحدة</numerusform>
            <numerusform>نقطتا تحقق</numerusform>
            <numerusform>%n نقاط تحقق</numerusform>
            <numerusform>%n نقطة تحقق</numerusform>
            <numerusform>%n نقطة تحقق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="186" />
        <source>The export was not written: {0}
What to do: {1}</source>
        <translation>لم يُكتب التصدير: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>_NodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="50" />
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="63" />
        <source>{0}: {1}
What to do: {2}</source>
        <translation>{0}: {1}
ما العمل: {2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="9" />
        <source>DCGM is not installed; dcgmi diag was skipped.</source>
        <translation>DCGM غير مثبت؛ لم يُشغَّل dcgmi diag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="10" />
        <source>Disk space was not measured.</source>
        <translation>لم تُقَس مساحة القرص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="11" />
        <source>Kernel log has GPU errors (XID {events}).</source>
        <translation>في سجل النواة أخطاء GPU (⁦XID {events}⁩).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="12" />
        <source>Kernel log has fatal GPU errors (XID {events}).</source>
        <translation>في سجل النواة أخطاء GPU قاتلة (⁦XID {events}⁩).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="13" />
        <source>Node unreachable during the health check</source>
        <translation>تعذّر الوصول إلى العقدة أثناء فحص الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="14" />
        <source>The NVIDIA driver does not respond: {output}</source>
        <translation>مشغل NVIDIA لا يستجيب: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="15" />
        <source>The NVIDIA driver is not loaded: {output}</source>
        <translation>مشغل NVIDIA غير محمّل: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="16" />
        <source>The NVIDIA driver lists no GPU.</source>
        <translation>لا يُدرج مشغل NVIDIA أي GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="17" />
        <source>The NVIDIA driver sees no GPU on this node.</source>
        <translation>لا يرى مشغل NVIDIA أي GPU على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="18" />
        <source>The health report could not be read: {error}</source>
        <translation>تعذّرت قراءة تقرير الصحة: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="19" />
        <source>The kernel log could not be read.</source>
        <translation>تعذّرت قراءة سجل النواة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="20" />
        <source>dcgmi diag -r 1 did not run (exit status {status}).</source>
        <translation>لم يعمل dcgmi diag -r 1 (رمز الخروج {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="21" />
        <source>dcgmi diag -r 1 failed: {tests}.</source>
        <translation>فشل dcgmi diag -r 1: {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="22" />
        <source>dcgmi diag -r 1 warned: {tests}.</source>
        <translation>حذّر dcgmi diag -r 1: {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="23" />
        <source>nvidia-smi failed with exit status {status}: {output}</source>
        <translation>فشل nvidia-smi برمز الخروج {status}: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="24" />
        <source>nvidia-smi is not installed on this node.</source>
        <translation>nvidia-smi غير مثبت على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="25" />
        <source>nvidia-smi was not run.</source>
        <translation>لم يُشغَّل nvidia-smi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="26" />
        <source>{gpu}: at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu}: عند عتبة التباطؤ أو تجاوزها (تُبطئ GPU نفسها).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="27" />
        <source>{gpu}: remapped rows wait for a GPU reset.</source>
        <translation>{gpu}: صفوف أُعيد تعيينها تنتظر إعادة ضبط GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="28" />
        <source>{gpu}: retired pages wait for a GPU reset.</source>
        <translation>{gpu}: صفحات مسحوبة تنتظر إعادة ضبط GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="29" />
        <source>{gpu}: row remapping failed; the GPU needs service.</source>
        <translation>{gpu}: فشلت إعادة تعيين الصفوف؛ تحتاج GPU إلى صيانة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="30" />
        <source>{gpu}: {celsius} C, at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu}: {celsius} °م، عند عتبة التباطؤ أو تجاوزها (تُبطئ GPU نفسها).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="31" />
        <source>{gpu}: {count} pages retired after double-bit errors.</source>
        <translation>{gpu}: {count} صفحات مسحوبة بعد أخطاء ثنائية البت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="32" />
        <source>{gpu}: {count} rows remapped after uncorrectable errors.</source>
        <translation>{gpu}: {count} صفوف أُعيد تعيينها بعد أخطاء غير قابلة للتصحيح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="33" />
        <source>{gpu}: {count} uncorrectable ECC errors in its lifetime.</source>
        <translation>{gpu}: {count} أخطاء ECC غير قابلة للتصحيح طوال عمرها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="34" />
        <source>{gpu}: {count} uncorrectable ECC errors since the driver loaded.</source>
        <translation>{gpu}: {count} أخطاء ECC غير قابلة للتصحيح منذ تحميل المشغل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="35" />
        <source>{mount}: only {percent}% free.</source>
        <translation>{mount}: {percent}% فقط حرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="36" />
        <source>{service} is {state}, not active.</source>
        <translation>{service} في الحالة {state}، غير نشط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="37" />
        <source>{service}: state {state}.</source>
        <translation>{service}: الحالة {state}.</translation>
    </message>
</context>
</TS>