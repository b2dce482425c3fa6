<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AccountAdmin</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="125" />
        <source>&amp;Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="126" />
        <source>It can no longer unlock or approve; its data stays</source>
        <translation>لن يستطيع الفتح ولا الموافقة؛ تبقى بياناته</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="128" />
        <source>E&amp;nable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="129" />
        <source>Let it in again with the passphrase it had</source>
        <translation>السماح له بالدخول مجدداً بعبارة المرور التي كانت له</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="131" />
        <source>Re&amp;move…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="132" />
        <source>Destroy the account and its key slot; the audit keeps its name</source>
        <translation>إتلاف الحساب وخانة مفتاحه؛ يحتفظ التدقيق باسمه</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="134" />
        <source>Set &amp;passphrase…</source>
        <translation>ضبط عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="135" />
        <source>Give the account a new passphrase (when it forgot its own)</source>
        <translation>إعطاء الحساب عبارة مرور جديدة (عندما ينسى عبارته)</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="171" />
        <source>Disable the account {0}.</source>
        <translation>تعطيل الحساب {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="172" />
        <source>Enable the account {0}.</source>
        <translation>تفعيل الحساب {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="173" />
        <source>Remove the account {0} and destroy its key slot.</source>
        <translation>إزالة الحساب {0} وإتلاف خانة مفتاحه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="188" />
        <source>Disabled {0}. Rotate the data key (Vault key) so that old copies of the key slot file stop opening the vault.</source>
        <translation>عُطّل {0}. دوّر مفتاح البيانات (مفتاح الخزنة) كي لا تفتح النسخ القديمة من ملف خانات المفاتيح الخزنة بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="190" />
        <source>Enabled {0}.</source>
        <translation>فُعّل {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="191" />
        <source>Removed {0}; the audit trail keeps its name.</source>
        <translation>أُزيل {0}؛ يحتفظ سجل التدقيق باسمه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="197" />
        <source>The account was not changed</source>
        <translation>لم يُغيَّر الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="206" />
        <source>Remove an account</source>
        <translation>إزالة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="207" />
        <source>Remove {0}? Its key slot is destroyed and the name is never given again. This cannot be undone; disabling can.</source>
        <translation>إزالة {0}؟ تُتلف خانة مفتاحه ولا يُعطى الاسم مجدداً أبداً. لا يمكن التراجع عن ذلك؛ أما التعطيل فيمكن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="211" />
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="224" />
        <source>Set a new passphrase for {0}.</source>
        <translation>ضُبطت عبارة مرور جديدة لـ {0}.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="37" />
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="38" />
        <source>disabled {0} by {1}</source>
        <translation>معطّل منذ {0} بواسطة {1}</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="89" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="90" />
        <location filename="../../app/gui/sections/settings.py" line="106" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="91" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="92" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="96" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="103" />
        <source>New account name</source>
        <translation>اسم الحساب الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="112" />
        <source>Initial passphrase</source>
        <translation>عبارة المرور الأولى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="113" />
        <source>&amp;Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="124" />
        <source>New passphrase for your account</source>
        <translation>عبارة مرور جديدة لحسابك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="125" />
        <source>&amp;Change my passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="128" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="129" />
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="130" />
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="134" />
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="135" />
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="145" />
        <source>Selected account</source>
        <translation>الحساب المحدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="148" />
        <source>Roles: admin manages accounts, trust and policy; operator runs nodes, imports and jobs; auditor reads everything and exports the audit trail.</source>
        <translation>الأدوار: admin يدير الحسابات والثقة والسياسة؛ operator يدير العقد والاستيراد والمهام؛ auditor يقرأ كل شيء ويصدّر سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="168" />
        <source>Add the {0} account {1}.</source>
        <translation>إضافة الحساب {1} بدور {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="184" />
        <source>Added {0} account {1}.</source>
        <translation>أُضيف حساب {0} باسم {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="174" />
        <location filename="../../app/gui/sections/settings.py" line="190" />
        <source>The account was not added</source>
        <translation>لم يُضف الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="200" />
        <source>Your passphrase was changed.</source>
        <translation>غُيّرت عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="201" />
        <source>The passphrase was not changed</source>
        <translation>لم تُغيَّر عبارة المرور</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="158" />
        <source>Acknowledge alarm {0}</source>
        <translation>الإقرار بالإنذار {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="163" />
        <source>Say who is on it and what happens next. The note goes into the audit trail; the alarm stays open until its condition clears.</source>
        <translation>اذكر من يتولى الأمر وما الخطوة التالية. تُحفظ الملاحظة في سجل التدقيق؛ ويبقى الإنذار مفتوحاً حتى تزول حالته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="170" />
        <source>e.g. RMA opened, case 88123</source>
        <translation>مثلاً: فُتح طلب RMA، الحالة 88123</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="171" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="172" />
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="179" />
        <source>Recording the acknowledgement</source>
        <translation>جارٍ تسجيل الإقرار</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="181" />
        <source>&amp;Acknowledge</source>
        <translation>إ&amp;قرار</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="215" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>AddRelayDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="180" />
        <source>Add a relay</source>
        <translation>إضافة مُرحِّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="184" />
        <source>Relay node</source>
        <translation>عقدة المُرحِّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="185" />
        <source>An enrolled node the appliance reaches directly</source>
        <translation>عقدة مسجّلة يصل إليها الجهاز مباشرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="188" />
        <source>rack7-*  or  zone=r7</source>
        <translation>rack7-*  أو  zone=r7</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="189" />
        <source>Nodes it serves</source>
        <translation>العقد التي يخدمها</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="190" />
        <source>Node names or labels, as in --limit: rack7-*, zone=r7, site=north&amp;roles=gpu</source>
        <translation>أسماء عقد أو وسوم، كما في --limit: rack7-*, zone=r7, site=north&amp;roles=gpu</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="196" />
        <source>&amp;Node:</source>
        <translation>ال&amp;عقدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="198" />
        <source>&amp;Serves:</source>
        <translation>&amp;يخدم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="203" />
        <source>&amp;Add relay</source>
        <translation>إ&amp;ضافة المُرحِّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="205" />
        <source>Ask the node what it runs, then record it as a relay (audited)</source>
        <translation>سؤال العقدة عمّا تشغّله، ثم تسجيلها مُرحِّلاً (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="230" />
        <source>Nodes not read</source>
        <translation>لم تُقرأ العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="235" />
        <source>No enrolled node can be a relay: a relay is reached directly and serves no other relay's nodes. Enrol the relay node first.</source>
        <translation>لا توجد عقدة مسجّلة يمكن أن تكون مُرحِّلاً: يُوصَل إلى المُرحِّل مباشرة ولا يخدم عقد مُرحِّل آخر. سجّل عقدة المُرحِّل أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="251" />
        <source>Selects {0}: {1}</source>
        <translation>يحدد {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="252" />
        <source>Selects no node yet; nodes enrolled later with matching names or labels will be reached through this relay.</source>
        <translation>لا يحدد أي عقدة بعد؛ سيُوصَل عبر هذا المُرحِّل إلى العقد التي تُسجَّل لاحقاً بأسماء أو وسوم مطابقة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="260" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="270" />
        <source>Make {0} the relay of the nodes {1} selects.</source>
        <translation>جعل {0} مُرحِّلاً للعقد التي يحددها {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="280" />
        <source>Asking {0} what it runs…</source>
        <translation>سؤال {0} عمّا يشغّله…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="291" />
        <source>Not added</source>
        <translation>لم يُضف</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="52" />
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="53" />
        <source>Everything Airlock knows is kept encrypted in {0}.</source>
        <translation>كل ما يعرفه Airlock محفوظ مشفراً في {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="56" />
        <source>Admin account name</source>
        <translation>اسم حساب المدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="60" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="61" />
        <source>At least 8 characters; a few unrelated words are best.</source>
        <translation>8 أحرف على الأقل؛ والأفضل بضع كلمات غير مترابطة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="65" />
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="68" />
        <source>Admin &amp;name:</source>
        <translation>اسم المدير:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="69" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="70" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>تحتاج عبارة المرور إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="81" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="83" />
        <source>Nobody can recover this passphrase for you: only the recovery key can.</source>
        <translation>لا أحد يستطيع استعادة عبارة المرور هذه لك: وحده مفتاح الاسترداد يستطيع.</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="75" />
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="80" />
        <source>No open alarms: no changed host keys, no unhealthy nodes, no failed scheduled jobs, nothing expiring, the store has room.</source>
        <translation>لا إنذارات مفتوحة: لا مفاتيح مضيف متغيرة، ولا عقد غير سليمة، ولا مهام مجدولة فاشلة، ولا شيء تنتهي صلاحيته، وفي المخزن متسع.</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="82" />
        <source>&amp;Acknowledge…</source>
        <translation>إ&amp;قرار…</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="84" />
        <source>Say you are on it, with a note; the alarm stays open until it clears</source>
        <translation>أعلن أنك تتولى الأمر مع ملاحظة؛ يبقى الإنذار مفتوحاً حتى يزول</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="117" />
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="117" />
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="119" />
        <source>{0}, since {1}</source>
        <translation>{0}، منذ {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="122" />
        <source>Acknowledged by {0}: {1}</source>
        <translation>أقرّ به {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/alarm_widgets.py" line="130" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="485" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="486" />
        <location filename="../../app/gui/sections/settings.py" line="493" />
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="486" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="487" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="492" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="500" />
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="501" />
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="502" />
        <source>These are kept on this machine, outside the vault; they hold no secret.</source>
        <translation>تُحفظ هذه على هذا الجهاز خارج الخزنة؛ ولا تحوي أي سر.</translation>
    </message>
</context>
<context>
    <name>Appliance</name>
    <message>
        <location filename="../../app/gui/appliance.py" line="52" />
        <source>installed from a release medium on {0}</source>
        <translation>مثبت من وسيط إصدار في {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="54" />
        <source>updated from the bundle {0} by {1} on {2}</source>
        <translation>محدّث من الحزمة {0} بواسطة {1} في {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="56" />
        <source>origin unknown</source>
        <translation>المصدر غير معروف</translation>
    </message>
</context>
<context>
    <name>ApplianceTab</name>
    <message>
        <location filename="../../app/gui/appliance.py" line="68" />
        <source>Installed versions</source>
        <translation>الإصدارات المثبتة</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="72" />
        <source>Imported app bundles</source>
        <translation>حزم التطبيق المستوردة</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="77" />
        <source>Release notes</source>
        <translation>ملاحظات الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="78" />
        <source>&amp;Update to the chosen version</source>
        <translation>&amp;تحديث إلى الإصدار المختار</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="81" />
        <source>Admin: install it beside this one, back the database up, let it check itself; keep it only if it passes</source>
        <translation>المدير: تثبيته بجانب هذا الإصدار، ونسخ قاعدة البيانات احتياطياً، وتركه يفحص نفسه؛ ولا يُحتفظ به إلا إذا نجح</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="83" />
        <source>&amp;Roll back to the kept version</source>
        <translation>ال&amp;رجوع إلى الإصدار المحفوظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="88" />
        <source>Update progress</source>
        <translation>تقدم التحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="101" />
        <source>Imported app bundles and their release notes</source>
        <translation>حزم التطبيق المستوردة وملاحظات إصدارها</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="113" />
        <source>Airlock's versions could not be read</source>
        <translation>تعذّرت قراءة إصدارات Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="121" />
        <source>{0} {1} (newer)</source>
        <translation>{0} {1} (أحدث)</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="121" />
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="129" />
        <source>No app bundle is imported. Import one in Bundles; it appears here.</source>
        <translation>لم تُستورد أي حزمة تطبيق. استورد واحدة في الحزم؛ وستظهر هنا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="135" />
        <source>Airlock {0} runs from a source tree: updates apply to an installed Airlock (a release medium installs one).</source>
        <translation>يعمل Airlock {0} من شجرة مصدر: تنطبق التحديثات على Airlock مثبت (يثبّته وسيط إصدار).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="138" />
        <source>Installed: {0}</source>
        <translation>المثبت: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="141" />
        <source>Kept for rollback: {0}, {1}</source>
        <translation>محفوظ للرجوع: {0}، {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="144" />
        <source>No previous version is kept.</source>
        <translation>لا يوجد إصدار سابق محفوظ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="145" />
        <source>Location: {0}</source>
        <translation>الموقع: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="147" />
        <source>This window runs {0}; restart Airlock to run {1}.</source>
        <translation>تشغّل هذه النافذة {0}؛ أعد تشغيل Airlock لتشغيل {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="150" />
        <source>This account of the machine may not change {0} (root or the group airlock-update may).</source>
        <translation>لا يحق لحساب الجهاز هذا تغيير {0} (يحق ذلك لـ root أو لمجموعة airlock-update).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="162" />
        <source>This release has no notes.</source>
        <translation>لا توجد ملاحظات لهذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="174" />
        <source>Admin: switch back to {0}, which checks itself first</source>
        <translation>المدير: الرجوع إلى {0}، الذي يفحص نفسه أولاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="175" />
        <source>No previous version is kept</source>
        <translation>لا يوجد إصدار سابق محفوظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="185" />
        <source>Update Airlock to {0}.</source>
        <translation>تحديث Airlock إلى {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="192" />
        <source>Roll Airlock back to {0}.</source>
        <translation>إرجاع Airlock إلى {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="203" />
        <source>Working… the vault is closed to other sessions until it ends.</source>
        <translation>جارٍ العمل… الخزنة مغلقة أمام الجلسات الأخرى حتى ينتهي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="220" />
        <source>Airlock {0} passed its self-check and is now installed; {1} is kept. Airlock restarts into {0} now.</source>
        <translation>اجتاز Airlock {0} فحصه الذاتي وهو مثبت الآن؛ ويُحتفظ بـ {1}. يعيد Airlock التشغيل الآن على {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appliance.py" line="226" />
        <source>Nothing changed: {0}
What to do: {1}</source>
        <translation>لم يتغير شيء: {0}
ما العمل: {1}</translation>
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
        <location filename="../../app/gui/approval.py" line="178" />
        <source>Dual control</source>
        <translation>الرقابة الثنائية</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="230" />
        <source>Filter: actor, action, target, outcome…</source>
        <translation>تصفية: المنفّذ، الإجراء، الهدف، النتيجة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="234" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="235" />
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="239" />
        <source>&amp;Verify now</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="241" />
        <source>Recompute the Merkle tree and check every signed checkpoint</source>
        <translation>إعادة حساب شجرة ميركل والتحقق من كل نقطة تحقق موقّعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="243" />
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="245" />
        <source>Write an audit bundle with a standalone verifier to a medium</source>
        <translation>كتابة حزمة تدقيق مع أداة تحقق مستقلة على وسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="253" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="267" />
        <source>Entry details</source>
        <translation>تفاصيل القيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="287" />
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="302" />
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="309" />
        <source>The log verifies: {0}, {1}, {2}.</source>
        <translation>السجل سليم: {0}، {1}، {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="310" />
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
        <location filename="../../app/gui/sections/audit.py" line="310" />
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
        <location filename="../../app/gui/sections/audit.py" line="311" />
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
        <location filename="../../app/gui/sections/audit.py" line="315" />
        <source>The log does NOT verify: {0} Export it and report it to your auditor.</source>
        <translation>السجل لا يجتاز التحقق: {0} صدّره وأبلغ المدقق.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="63" />
        <source>Backup progress</source>
        <translation>تقدّم النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="68" />
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="70" />
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="72" />
        <source>The backup holds the vault (still encrypted; it opens only with a passphrase of an account in it or the recovery key) and, if chosen, the content store, with a manifest signed by the audit key. Several backups can share one medium; each is complete on its own. Keep the medium away from the appliance.</source>
        <translation>تحتوي النسخة الاحتياطية على الخزنة (مشفّرة دائماً؛ لا تُفتح إلا بعبارة مرور حساب فيها أو بمفتاح الاسترداد) ومخزن المحتوى إن اخترته، مع بيان موقّع بمفتاح التدقيق. يمكن لعدة نسخ احتياطية أن تتشارك وسيطاً واحداً؛ وكل منها كاملة بذاتها. احفظ الوسيط بعيداً عن الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="78" />
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="79" />
        <source>The dashboard warns when no backup was made for this many days.</source>
        <translation>تنبّه لوحة المعلومات إذا لم تُنشأ نسخة احتياطية خلال هذا العدد من الأيام.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="86" />
        <source>Folder on the medium</source>
        <translation>المجلد على الوسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="87" />
        <source>/media/…/backups</source>
        <translation>/media/…/backups</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="88" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="90" />
        <source>Include the content store (only objects not on the medium yet are copied)</source>
        <translation>تضمين مخزن المحتوى (تُنسخ فقط الكائنات غير الموجودة على الوسيط بعد)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="94" />
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="96" />
        <source>Admin: write an encrypted, signed backup into the folder (audited)</source>
        <translation>المدير: كتابة نسخة احتياطية مشفّرة وموقّعة في المجلد (مُدقَّق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="98" />
        <source>&amp;Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="100" />
        <source>Stop; the medium's earlier backups stay as they were</source>
        <translation>إيقاف؛ تبقى النسخ الاحتياطية السابقة على الوسيط كما كانت</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="112" />
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="126" />
        <source>Warn after this many days without a backup</source>
        <translation>التنبيه بعد هذا العدد من الأيام دون نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="127" />
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="128" />
        <source>Sa&amp;ve</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="137" />
        <source>&amp;Warn after (days):</source>
        <translation>التنبيه بعد (أيام):</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="155" />
        <source>No backup of this vault has been made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية لهذه الخزنة بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="157" />
        <source>with the content store</source>
        <translation>مع مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="157" />
        <source>vault only</source>
        <translation>الخزنة فقط</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="158" />
        <source>{0}, made {1}, in {2} ({3}).</source>
        <translation>{0}، أُنشئت في {1}، في {2} ({3}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/backup_tab.py" line="170" />
        <source>The dashboard warns after %n day(s) without a backup.</source>
        <translation>
            <numerusform>تنبّه لوحة المعلومات بعد لا أيام دون نسخة احتياطية.</numerusform>
            <numerusform>تنبّه لوحة المعلومات بعد يوم واحد دون نسخة احتياطية.</numerusform>
            <numerusform>تنبّه لوحة المعلومات بعد يومين دون نسخة احتياطية.</numerusform>
            <numerusform>تنبّه لوحة المعلومات بعد %n أيام دون نسخة احتياطية.</numerusform>
            <numerusform>تنبّه لوحة المعلومات بعد %n يوماً دون نسخة احتياطية.</numerusform>
            <numerusform>تنبّه لوحة المعلومات بعد %n يوم دون نسخة احتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="171" />
        <source>The dashboard no longer warns about backups.</source>
        <translation>لم تعد لوحة المعلومات تنبّه بشأن النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="179" />
        <source>Choose a folder on the medium</source>
        <translation>اختر مجلداً على الوسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="191" />
        <source>Choose the folder on the medium first.</source>
        <translation>اختر المجلد على الوسيط أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="199" />
        <source>Make a backup of the vault into {0}.</source>
        <translation>إنشاء نسخة احتياطية للخزنة في {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="214" />
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="238" />
        <source>Wrote {0}: {1} written, {2} in the backup. Check it any time with `airlock backup verify`.</source>
        <translation>كُتبت {0}: كُتب {1}، وفي النسخة الاحتياطية {2}. تحقق منها في أي وقت بـ `airlock backup verify`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="246" />
        <source>Stopped. The medium's earlier backups are as they were.</source>
        <translation>توقّف. النسخ الاحتياطية السابقة على الوسيط كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_tab.py" line="249" />
        <source>The backup was not made: {0}
What to do: {1}</source>
        <translation>لم تُنشأ النسخة الاحتياطية: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <location filename="../../app/gui/backup_warning.py" line="52" />
        <source>No backup of this appliance has been made yet. Make one in the Backups tab of Settings (with the content store), on a medium kept away from the appliance.</source>
        <translation>لم تُنشأ أي نسخة احتياطية لهذا الجهاز بعد. أنشئ واحدة في تبويب النسخ الاحتياطية من الإعدادات (مع مخزن المحتوى)، على وسيط يُحفظ بعيداً عن الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_warning.py" line="56" />
        <source>No backup for {0}: the last one was made {1}, in {2}. This site asks for one at least every {3}. Make one in the Backups tab of Settings.</source>
        <translation>لا نسخة احتياطية منذ {0}: آخرها أُنشئت في {1} في {2}. يطلب هذا الموقع واحدة كل {3} على الأقل. أنشئ واحدة في تبويب النسخ الاحتياطية من الإعدادات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/backup_warning.py" line="58" />
        <location filename="../../app/gui/backup_warning.py" line="59" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يوماً</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleProvenancePane</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="151" />
        <location filename="../../app/gui/provenance.py" line="154" />
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="153" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="155" />
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="169" />
        <source>This bundle has no model card.</source>
        <translation>ليست لهذه الحزمة بطاقة نموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="171" />
        <source>The model card {0} cannot be shown: {1}</source>
        <translation>تعذّر عرض بطاقة النموذج {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BundleTools</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="178" />
        <source>&amp;Verify folder…</source>
        <translation>التحقق من مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="179" />
        <source>Check a bundle completely without importing it</source>
        <translation>التحقق الكامل من حزمة دون استيرادها</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="181" />
        <source>Check &amp;store…</source>
        <translation>فحص المخزن…</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="182" />
        <source>Re-hash every object in the content store</source>
        <translation>إعادة حساب تجزئة كل كائن في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="189" />
        <source>Choose a bundle folder to verify</source>
        <translation>اختر مجلد حزمة للتحقق منه</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="188" />
        <source>Filter bundles: name, type, classification, signer…</source>
        <translation>تصفية الحزم: الاسم، النوع، التصنيف، الموقّع…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="190" />
        <source>&amp;Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="192" />
        <source>Verify and import a bundle directory (NAME-VERSION.airlock)</source>
        <translation>التحقق من مجلد حزمة واستيراده (NAME-VERSION.airlock)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="197" />
        <source>Bundles in the content store</source>
        <translation>الحزم في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="208" />
        <source>Bundle details</source>
        <translation>تفاصيل الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="209" />
        <source>No bundles imported. Insert a medium or use Import folder…</source>
        <translation>لم تُستورد أي حزمة. أدخل وسيطاً أو استخدم استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="215" />
        <source>Select a bundle to see its signers, classification, license and model card.</source>
        <translation>اختر حزمة لترى موقّعيها وتصنيفها وترخيصها وبطاقة النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="217" />
        <source>&amp;Deploy…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="219" />
        <source>Deploy the selected model or update bundle to nodes (Ctrl+D)</source>
        <translation>نشر حزمة النموذج أو التحديث المحددة على العقد (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="257" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="279" />
        <source>No trust root is pinned: no bundle can be imported until an admin pins one in Settings → Trust roots.</source>
        <translation>لا جذر ثقة مثبت: لا يمكن استيراد أي حزمة حتى يثبّت مدير جذراً في الإعدادات ← جذور الثقة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/bundles.py" line="293" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفاً</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="316" />
        <source>Choose a bundle folder</source>
        <translation>اختر مجلد حزمة</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="69" />
        <source>Choose the backup</source>
        <translation>اختر النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="70" />
        <source>Mount the medium that holds the backups and choose the folder they are in.</source>
        <translation>ركّب الوسيط الذي يحتوي النسخ الاحتياطية واختر المجلد الذي توجد فيه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="73" />
        <source>Folder on the medium</source>
        <translation>المجلد على الوسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="75" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="79" />
        <source>Backups in the folder</source>
        <translation>النسخ الاحتياطية في المجلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="92" />
        <source>Choose the folder with the backups</source>
        <translation>اختر مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="106" />
        <source>Looking for backups…</source>
        <translation>جارٍ البحث عن النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="113" />
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: تتعذّر قراءتها ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="115" />
        <source>with the content store</source>
        <translation>مع مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="115" />
        <source>vault only</source>
        <translation>الخزنة فقط</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="116" />
        <source>{0}: made {1}, {2}, {3}</source>
        <translation>{0}: أُنشئت في {1}، {2}، {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="123" />
        <source>The newest backup is chosen; it is verified before anything is restored.</source>
        <translation>اختيرت أحدث نسخة احتياطية؛ يُتحقق منها قبل استعادة أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="125" />
        <source>There is no Airlock backup in this folder.</source>
        <translation>لا توجد نسخة احتياطية لـ Airlock في هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="130" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="46" />
        <source>Seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="47" />
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="48" />
        <source>Actor</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="49" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="50" />
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="51" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="85" />
        <location filename="../../app/gui/sections/nodes.py" line="67" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="86" />
        <location filename="../../app/gui/sections/bundles.py" line="356" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="87" />
        <location filename="../../app/gui/sections/bundles.py" line="355" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="88" />
        <location filename="../../app/gui/sections/bundles.py" line="357" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="89" />
        <location filename="../../app/gui/sections/bundles.py" line="358" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="90" />
        <source>Signed by</source>
        <translation>موقّع من</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="91" />
        <location filename="../../app/gui/sections/bundles.py" line="362" />
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="359" />
        <source>{0} in {1}</source>
        <translation>{0} في {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="360" />
        <source>Signed by role</source>
        <translation>موقّع بالدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="361" />
        <source>Signers (key ids)</source>
        <translation>الموقّعون (معرّفات المفاتيح)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="363" />
        <source>{0} by {1}</source>
        <translation>{0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="365" />
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="372" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="68" />
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="66" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="67" />
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="69" />
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="371" />
        <source>No description.</source>
        <translation>لا وصف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="47" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="48" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="49" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="50" />
        <location filename="../../app/gui/sections/nodes.py" line="69" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="51" />
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="68" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="70" />
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="71" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="73" />
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
        <location filename="../../app/gui/sections/base.py" line="247" />
        <source>{0}, cordoned: {1}</source>
        <translation>{0}، معزولة: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/base.py" line="249" />
        <source>{0}, held back: relay {1} cordoned: {2}</source>
        <translation>{0}، محجوزة: المُرحِّل {1} معزول: {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="85" />
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="86" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="87" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="88" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="98" />
        <source>ok</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="99" />
        <source>no GPU</source>
        <translation>لا توجد GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="100" />
        <source>driver not loaded</source>
        <translation>المشغل غير محمّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="101" />
        <source>GPU not responding</source>
        <translation>وحدة GPU لا تستجيب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="102" />
        <source>nvidia-smi failed</source>
        <translation>فشل nvidia-smi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="75" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="76" />
        <source>Host key</source>
        <translation>مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="77" />
        <source>The pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="42" />
        <source>relay {0}</source>
        <translation>المُرحِّل {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="43" />
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
</context>
<context>
    <name>CordonDialog</name>
    <message>
        <location filename="../../app/gui/cordon.py" line="35" />
        <source>Uncordon {0}</source>
        <translation>إلغاء عزل {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="36" />
        <source>{0} was cordoned by {1} at {2}: {3}
Put it back in service: it takes deployments and jobs again.</source>
        <translation>عزل {1} العقدة {0} في {2}: {3}
أعدها إلى الخدمة: تستقبل النشر والمهام من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="40" />
        <source>&amp;Uncordon</source>
        <translation>إ&amp;لغاء العزل</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="42" />
        <source>Cordon {0}</source>
        <translation>عزل {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="43" />
        <source>Take {0} out of service: it takes no deployment and no job but facts and health, so it is still watched. Jobs and deployments that select it are refused, naming it and your reason.</source>
        <translation>أخرج {0} من الخدمة: لا تستقبل أي نشر ولا أي مهمة سوى facts وhealth، فتبقى مراقَبة. وتُرفض المهام وعمليات النشر التي تختارها مع ذكر اسمها وسببك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="46" />
        <source>&amp;Cordon</source>
        <translation>&amp;عزل</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="51" />
        <source>a change ticket or a sentence, e.g. PSU swap, CHG-4411</source>
        <translation>طلب تغيير أو جملة، مثل PSU swap, CHG-4411</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="52" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="53" />
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="79" />
        <source>Not uncordoned</source>
        <translation>لم يُلغَ العزل</translation>
    </message>
    <message>
        <location filename="../../app/gui/cordon.py" line="79" />
        <source>Not cordoned</source>
        <translation>لم تُعزل</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="99" />
        <location filename="../../app/gui/first_run.py" line="107" />
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="100" />
        <source>Tuning the key derivation to this machine; this takes a few seconds.</source>
        <translation>جارٍ ضبط اشتقاق المفتاح لهذا الجهاز؛ يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="120" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="132" />
        <source>The vault is ready.</source>
        <translation>الخزنة جاهزة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="142" />
        <source>The vault was not created: {0}
What to do: {1} Go back to change it.</source>
        <translation>لم تُنشأ الخزنة: {0}
ما العمل: {1} ارجع لتغييره.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="189" />
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="190" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="202" />
        <source>GPU model</source>
        <translation>طراز GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="203" />
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="202" />
        <location filename="../../app/gui/sections/dashboard.py" line="210" />
        <source>GPU totals by model</source>
        <translation>إجمالي GPU حسب الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="206" />
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="191" />
        <source>Content store</source>
        <translation>مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="192" />
        <source>Open alarms</source>
        <translation>الإنذارات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="199" />
        <location filename="../../app/gui/sections/dashboard.py" line="209" />
        <source>Latest jobs</source>
        <translation>أحدث المهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="200" />
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="201" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="205" />
        <source>Health over the last two weeks</source>
        <translation>الصحة خلال الأسبوعين الماضيين</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="236" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="271" />
        <source>{0}, {1}, {2}</source>
        <comment>three counts</comment>
        <translation>{0}، {1}، {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
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
        <location filename="../../app/gui/sections/dashboard.py" line="272" />
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
        <location filename="../../app/gui/sections/dashboard.py" line="273" />
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
        <location filename="../../app/gui/sections/dashboard.py" line="275" />
        <source>%n cordoned</source>
        <translation>
            <numerusform>معزولة: %n</numerusform>
            <numerusform>معزولة: %n</numerusform>
            <numerusform>معزولة: %n</numerusform>
            <numerusform>معزولة: %n</numerusform>
            <numerusform>معزولة: %n</numerusform>
            <numerusform>معزولة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="278" />
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
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="282" />
        <source>%n bundle(s); {0}% of the disk free ({1})</source>
        <translation>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
            <numerusform>الحزم: %n؛ {0}% من القرص حرة ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="285" />
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>بلا إقرار: %n</numerusform>
            <numerusform>بلا إقرار: %n</numerusform>
            <numerusform>بلا إقرار: %n</numerusform>
            <numerusform>بلا إقرار: %n</numerusform>
            <numerusform>بلا إقرار: %n</numerusform>
            <numerusform>بلا إقرار: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="292" />
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="294" />
        <source>failed on {0} of %n host(s)</source>
        <translation>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
            <numerusform>فشلت على {0} من %n مضيف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/dashboard.py" line="296" />
        <source>succeeded on %n host(s)</source>
        <translation>
            <numerusform>نجحت على المضيفين: %n</numerusform>
            <numerusform>نجحت على المضيفين: %n</numerusform>
            <numerusform>نجحت على المضيفين: %n</numerusform>
            <numerusform>نجحت على المضيفين: %n</numerusform>
            <numerusform>نجحت على المضيفين: %n</numerusform>
            <numerusform>نجحت على المضيفين: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="298" />
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="301" />
        <source>{0} (schedule {1})</source>
        <translation>{0} (الجدولة {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="328" />
        <source>Acknowledged alarm {0}.</source>
        <translation>تم الإقرار بالإنذار {0}.</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="159" />
        <source>Deploy a bundle</source>
        <translation>نشر حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="175" />
        <source>&amp;Deploy</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="177" />
        <source>Send the files, let each node verify them, then switch it over</source>
        <translation>إرسال الملفات وترك كل عقدة تتحقق منها ثم تبديلها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="192" />
        <source>Loading bundles and nodes…</source>
        <translation>جارٍ تحميل الحزم والعقد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="198" />
        <source>Bundle to deploy</source>
        <translation>الحزمة المراد نشرها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="206" />
        <source>Playbook that applies the update</source>
        <translation>الـ playbook الذي يطبّق التحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="208" />
        <source>apply_update installs the packages; gpu_driver and baseline apply the driver or the baseline from the same bundle</source>
        <translation>يثبّت apply_update الحزم البرمجية؛ ويطبّق gpu_driver وbaseline برنامج التشغيل أو خط الأساس من الحزمة نفسها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="210" />
        <source>Hash every file in &amp;full on the node</source>
        <translation>حساب بصمة كل ملف كاملاً على العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="212" />
        <source>Also re-read files the node already hashed as they arrived (slower)</source>
        <translation>إعادة قراءة الملفات التي حسبت العقدة بصمتها عند وصولها أيضاً (أبطأ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="214" />
        <source>&amp;Bundle:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="216" />
        <source>&amp;Playbook:</source>
        <translation>دليل التشغيل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="229" />
        <source>Filter nodes: name, label, clearance…</source>
        <translation>تصفية العقد: الاسم، الوسم، التصريح…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="236" />
        <source>Target nodes</source>
        <translation>العقد المستهدفة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="248" />
        <source>&amp;Target nodes (select one or more):</source>
        <translation>العقد المستهدفة (اختر واحدة أو أكثر):</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="260" />
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="261" />
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Clearance</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="262" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="263" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="264" />
        <source>Placement</source>
        <translation>قرار السياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="282" />
        <source>A bundle goes only to nodes cleared for its classification or higher. Levels, least sensitive first: {0}. A node's clearance is its clearance label.</source>
        <translation>لا تذهب الحزمة إلا إلى عقد مصرّح لها بتصنيفها أو بما هو أعلى. المستويات من الأقل حساسية: {0}. تصريح العقدة هو وسم clearance الخاص بها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="290" />
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}، {3})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="298" />
        <source>No model or update bundle is imported. Import one in Bundles first.</source>
        <translation>لم تُستورد أي حزمة نموذج أو تحديث. استورد واحدة أولاً في قسم الحزم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="300" />
        <source>No node is enrolled. Enrol one in Nodes first.</source>
        <translation>لا توجد عقدة مسجلة. سجّل واحدة أولاً في قسم العقد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="307" />
        <source>Bundles and nodes could not be read: {0}
What to do: {1}</source>
        <translation>تعذّرت قراءة الحزم والعقد: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="329" />
        <source>{0} bundle, classified {1}, {2}; signed by the {3} role.</source>
        <translation>حزمة {0}، تصنيفها {1}، {2}؛ وقّعها الدور {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="341" />
        <source>{0} (no clearance label)</source>
        <translation>{0} (بلا وسم clearance)</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="349" />
        <source>blocked: its host key changed</source>
        <translation>محظورة: تغيّر مفتاح مضيفها</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="351" />
        <source>refused: cordoned ({0})</source>
        <translation>مرفوض: معزولة ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="353" />
        <source>refused: relay {0} cordoned ({1})</source>
        <translation>مرفوض: المُرحِّل {0} معزول ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="356" />
        <source>allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="357" />
        <source>refused: {0}</source>
        <translation>مرفوض: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="362" />
        <source>classification {0} is not a configured level</source>
        <translation>التصنيف {0} ليس مستوى مُعرَّفاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="364" />
        <source>clearance {0} is not a configured level</source>
        <translation>التصريح {0} ليس مستوى مُعرَّفاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="365" />
        <source>cleared for {0}, below {1}</source>
        <translation>مصرّح لها بـ {0}، وهو أدنى من {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="389" />
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
        <location filename="../../app/gui/deploy.py" line="391" />
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
        <location filename="../../app/gui/deploy.py" line="403" />
        <source>Deploy {0} {1} ({2}, {3}) to {4}: {5}.</source>
        <translation>نشر {0} {1} ({2}، {3}) على {4}: {5}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/deploy.py" line="404" />
        <location filename="../../app/gui/deploy.py" line="427" />
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
        <location filename="../../app/gui/deploy.py" line="426" />
        <source>Deploying {0} {1} to {2}…</source>
        <translation>جارٍ نشر {0} {1} على {2}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="400" />
        <source>Choose a bundle and at least one node.</source>
        <translation>اختر حزمة وعقدة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="430" />
        <source>Deployed {0}.</source>
        <translation>نُشر {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="432" />
        <source>Switched over: {0}.</source>
        <translation>بُدّلت: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="434" />
        <source>Already current (nothing sent): {0}.</source>
        <translation>محدّثة مسبقاً (لم يُرسل شيء): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="444" />
        <source>Cancelled. The nodes keep the version they had; files already sent are resumed by the next deploy.</source>
        <translation>أُلغي. تحتفظ العقد بالإصدار الذي كان لديها؛ ويُستأنف إرسال الملفات المرسلة في النشر التالي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="449" />
        <source>Not deployed: {0}
What to do: {1}</source>
        <translation>لم يُنشر: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="459" />
        <source>Placement refused: nothing was sent. {0} is classified {1}; these nodes are not cleared for it:</source>
        <translation>رُفض الوضع: لم يُرسل شيء. تصنيف {0} هو {1}؛ وهذه العقد غير مصرّح لها به:</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="461" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="466" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="470" />
        <source>Refused by placement policy.</source>
        <translation>رُفض بموجب سياسة الوضع.</translation>
    </message>
</context>
<context>
    <name>DeployProvenance</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="242" />
        <source>Model &amp;card…</source>
        <translation>بطاقة النموذج…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="244" />
        <source>Read the model card this bundle carries</source>
        <translation>قراءة بطاقة النموذج التي تحملها هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="257" />
        <source>Reading the bundle's provenance…</source>
        <translation>جارٍ قراءة مصدر الحزمة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="268" />
        <source>The bundle's provenance could not be read: {0}</source>
        <translation>تعذّرت قراءة مصدر الحزمة: {0}</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryDialog</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="221" />
        <location filename="../../app/gui/node_tools.py" line="242" />
        <source>Deployment history</source>
        <translation>سجل النشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="224" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="225" />
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="226" />
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="227" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="228" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="229" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="230" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="231" />
        <source>Before</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="232" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="233" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="235" />
        <source>Filter: node, bundle, version, account…</source>
        <translation>تصفية: العقدة، الحزمة، الإصدار، الحساب…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="264" />
        <source>rollback</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="264" />
        <source>deploy</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="267" />
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="267" />
        <source>superseded</source>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="275" />
        <source>Nothing deployed yet.</source>
        <translation>لم يُنشر شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="277" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="281" />
        <source>The history could not be read: {0}
What to do: {1}</source>
        <translation>تعذّرت قراءة السجل: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="227" />
        <source>Bundles deployed on this node</source>
        <translation>الحزم المنشورة على هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="228" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="229" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="229" />
        <source>Previous version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="230" />
        <source>Deployed</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="230" />
        <source>Approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="238" />
        <source>No bundles deployed on this node. Use Deploy… to send a model or an update to it.</source>
        <translation>لا حزم منشورة على هذه العقدة. استخدم نشر… لإرسال نموذج أو تحديث إليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="240" />
        <source>Roll &amp;back…</source>
        <translation>تراجع…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="242" />
        <location filename="../../app/gui/sections/nodes.py" line="291" />
        <source>Switch the selected model back to the version deployed before it</source>
        <translation>إرجاع النموذج المحدد إلى الإصدار المنشور قبله</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="245" />
        <source>&amp;Deploy to this node…</source>
        <translation>نشر على هذه العقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="247" />
        <source>Deploy an imported model or update bundle to this node</source>
        <translation>نشر حزمة نموذج أو تحديث مستوردة على هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="288" />
        <source>Only a model with a previous version recorded can be rolled back</source>
        <translation>لا يمكن التراجع إلا عن نموذج له إصدار سابق مسجل</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="58" />
        <source>Where to write the export</source>
        <translation>أين يُكتب التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="59" />
        <source>Choose a folder on the removable medium that leaves the enclave. A new folder is created inside it.</source>
        <translation>اختر مجلداً على الوسيط القابل للإزالة الذي سيغادر المنطقة المعزولة. يُنشأ داخله مجلد جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="63" />
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="64" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="70" />
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="74" />
        <source>Choose the medium</source>
        <translation>اختر الوسيط</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/gui/enrol.py" line="72" />
        <source>Enrol a node</source>
        <translation>تسجيل عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="88" />
        <source>Bootstrap &amp;key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="90" />
        <source>Bootstrap pass&amp;word</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="96" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="104" />
        <source>KEY=VALUE pairs separated by spaces.</source>
        <translation>أزواج KEY=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Host variables for the playbooks, airlock_NAME=VALUE separated by spaces.</source>
        <translation>متغيرات المضيف لأدلة التشغيل، airlock_NAME=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>Node name</source>
        <translation>اسم العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>SSH port</source>
        <translation>منفذ SSH</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Bootstrap key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Bootstrap password</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="113" />
        <source>Host variables</source>
        <translation>متغيرات المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="120" />
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="121" />
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="122" />
        <source>&amp;Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="123" />
        <source>&amp;User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="126" />
        <source>&amp;Labels:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="127" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="134" />
        <source>The node presents this host key. Compare it with the fingerprint read on the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>تقدّم العقدة مفتاح المضيف هذا. قارنه بالبصمة المقروءة من طرفية العقدة (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="140" />
        <source>Host key fingerprint</source>
        <translation>بصمة مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="141" />
        <source>It &amp;matches: pin this key</source>
        <translation>تتطابق: ثبّت هذا المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="143" />
        <source>It &amp;differs: stop</source>
        <translation>تختلف: توقف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="164" />
        <source>&amp;Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="177" />
        <source>Choose the bootstrap private key</source>
        <translation>اختر مفتاح التمهيد الخاص</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="184" />
        <source>Choose the bootstrap key file, or use a bootstrap password.</source>
        <translation>اختر ملف مفتاح التمهيد أو استخدم كلمة مرور التمهيد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="200" />
        <source>Contacting {0}…</source>
        <translation>جارٍ الاتصال بـ {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="216" />
        <source>Node {0} is enrolled; its host key is pinned.</source>
        <translation>سُجّلت العقدة {0}؛ ثُبّت مفتاح مضيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="225" />
        <source>Not enrolled: {0}
What to do: {1}</source>
        <translation>لم تُسجّل: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/errors.py" line="16" />
        <source>Type the reason in the Reason field: a change ticket or a sentence saying why.</source>
        <translation>اكتب السبب في حقل السبب: رقم طلب تغيير أو جملة تقول لماذا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="21" />
        <source>Check the details above, correct them and try again.</source>
        <translation>راجع التفاصيل أعلاه وصحّحها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="24" />
        <source>The system refused a file or device operation: {0}.</source>
        <translation>رفض النظام عملية على ملف أو جهاز: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="26" />
        <source>Check that the medium is inserted and writable and that the disk has space, then retry.</source>
        <translation>تأكد من إدخال الوسيط وقابليته للكتابة ومن توفر مساحة على القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="28" />
        <source>An unexpected error stopped the operation ({0}).</source>
        <translation>أوقف خطأ غير متوقع العملية ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="30" />
        <source>Nothing was changed. Try again; if it happens again, export the audit log and report it.</source>
        <translation>لم يتغير شيء. أعد المحاولة؛ وإن تكرر ذلك فصدّر سجل التدقيق وأبلغ عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="41" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="203" />
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="313" />
        <source>Welcome to Airlock</source>
        <translation>مرحباً بك في Airlock</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="133" />
        <source>Pin the trust root</source>
        <translation>تثبيت جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="133" />
        <source>An admin pins the publishers' root by its fingerprint, read from paper; bundles are checked against it.</source>
        <translation>يثبّت المسؤول جذر الناشرين ببصمته المقروءة من الورق؛ وتُتحقق الحزم مقابله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="135" />
        <source>Pin the &amp;trust root…</source>
        <translation>تثبيت جذر ال&amp;ثقة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="137" />
        <source>Enrol a node</source>
        <translation>تسجيل عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="137" />
        <source>Confirm a GPU node's host key and install Airlock's management key on it.</source>
        <translation>أكّد مفتاح مضيف عقدة GPU وثبّت عليها مفتاح إدارة Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="138" />
        <source>&amp;Enrol a node…</source>
        <translation>&amp;تسجيل عقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="140" />
        <source>Bring a signed model or update from removable media into the content store.</source>
        <translation>أدخل نموذجاً أو تحديثاً موقّعاً من وسائط قابلة للإزالة إلى مخزن المحتوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="141" />
        <source>&amp;Import a bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="144" />
        <source>Get started</source>
        <translation>للبدء</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="146" />
        <source>Three steps make this appliance useful. Each button goes where the step is done.</source>
        <translation>ثلاث خطوات تجعل هذا الجهاز مفيداً. كل زر ينقلك إلى حيث تُنجز الخطوة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="165" />
        <source>Your role may not do this; ask an account that may.</source>
        <translation>لا يسمح دورك بهذا؛ اطلب ذلك من حساب مخوّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="175" />
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="175" />
        <source>to do</source>
        <translation>للإنجاز</translation>
    </message>
</context>
<context>
    <name>HealthAlarmsTab</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="240" />
        <source> days</source>
        <translation> يوماً</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="246" />
        <source>Cordon a node automatically when its health turns unhealthy</source>
        <translation>اعزل العقدة تلقائياً حين تصبح صحتها غير سليمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="248" />
        <source>&amp;Save health and alarm settings</source>
        <translation>&amp;حفظ إعدادات الصحة والإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="253" />
        <source>How node health is judged</source>
        <translation>كيف تُقدَّر صحة العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="257" />
        <source>Alarm this long before a trust root or bundle expires:</source>
        <translation>الإنذار قبل انتهاء صلاحية جذر الثقة أو الحزمة بهذه المدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="258" />
        <source>Alarm when the content store's disk has less free than:</source>
        <translation>الإنذار حين تقل المساحة الحرة في قرص مخزن المحتوى عن:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="260" />
        <source>Alarms and automatic cordon</source>
        <translation>الإنذارات والعزل التلقائي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="294" />
        <source>Save the health and alarm settings.</source>
        <translation>حفظ إعدادات الصحة والإنذارات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="315" />
        <source>The health and alarm settings were not saved</source>
        <translation>لم تُحفظ إعدادات الصحة والإنذارات</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="131" />
        <location filename="../../app/gui/sections/nodes.py" line="143" />
        <source>Health history</source>
        <translation>سجل الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="162" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="163" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="164" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
</context>
<context>
    <name>HealthOverTime</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="84" />
        <source>Fleet health over time</source>
        <translation>صحة الأسطول عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="108" />
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="193" />
        <source>Latest health check</source>
        <translation>آخر فحص للسلامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="203" />
        <source>Not checked yet. Run the health playbook on this node.</source>
        <translation>لم يُفحص بعد. شغّل دليل health على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="206" />
        <source>Latest check {0}: {1}</source>
        <translation>آخر فحص {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="211" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
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
    <name>JobStatus</name>
    <message>
        <location filename="../../app/gui/job_models.py" line="53" />
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="54" />
        <source>successful</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="55" />
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="56" />
        <source>canceled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="57" />
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="58" />
        <source>interrupted</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="59" />
        <source>ok</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="60" />
        <source>changed</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="61" />
        <source>unreachable</source>
        <translation>يتعذر الوصول</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_models.py" line="62" />
        <source>skipped</source>
        <translation>متخطّاة</translation>
    </message>
</context>
<context>
    <name>JobsSection</name>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="69" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="72" />
        <source>all nodes; or names, globs, label=value</source>
        <translation>كل العقد؛ أو أسماء أو أنماط أو وسم=قيمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="73" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="74" />
        <source>Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a</source>
        <translation>أي العقد: أسماء أو أنماط مفصولة بفواصل، مثل gpu-0*,site=a</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="78" />
        <source>Extra variables</source>
        <translation>متغيرات إضافية</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="79" />
        <source>&amp;Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="81" />
        <source>Run the playbook on the selection (Ctrl+R)</source>
        <translation>تشغيل دليل التشغيل على التحديد (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="85" />
        <source>&amp;Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="87" />
        <source>Stop Ansible; results so far are kept</source>
        <translation>إيقاف Ansible؛ تُحفظ النتائج حتى الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="97" />
        <source>&amp;Playbook:</source>
        <translation>دليل التشغيل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="98" />
        <source>&amp;Nodes:</source>
        <translation>العقد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="99" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="100" />
        <source>&amp;Forks:</source>
        <translation>التوازي:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="101" />
        <source>T&amp;imeout:</source>
        <translation>المهلة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="114" />
        <location filename="../../app/gui/sections/jobs.py" line="161" />
        <source>Hosts and tasks</source>
        <translation>المضيفون والمهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="126" />
        <source>Job log</source>
        <translation>سجل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="142" />
        <location filename="../../app/gui/sections/jobs.py" line="158" />
        <source>Recent jobs</source>
        <translation>المهام الأخيرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="140" />
        <source>No jobs yet. Choose a playbook and nodes, then Run.</source>
        <translation>لا مهام بعد. اختر دليل تشغيل وعقداً ثم شغّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="112" />
        <source>Run a playbook, or choose a job under Recent jobs, to see each host's tasks and the log here.</source>
        <translation>شغّل playbook أو اختر مهمة من المهام الأخيرة لترى هنا خطوات كل مضيف والسجل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="162" />
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="173" />
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="205" />
        <source>Choose a playbook first.</source>
        <translation>اختر دليل تشغيل أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="212" />
        <source>Variables: a quotation mark is not closed. Write KEY=VALUE items, quoting a value that holds spaces: model="llama 3".</source>
        <translation>المتغيرات: علامة اقتباس غير مغلقة. اكتب عناصر KEY=VALUE، مع وضع القيمة التي تحتوي على مسافات بين علامتي اقتباس: model="llama 3".</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="228" />
        <source>Running {0} on {1}…</source>
        <translation>جارٍ تشغيل {0} على {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="228" />
        <source>all nodes</source>
        <translation>كل العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="242" />
        <source>Cancelling: stopping Ansible…</source>
        <translation>جارٍ الإلغاء: إيقاف Ansible…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="257" />
        <source>Job {0} ended: {1}.</source>
        <translation>انتهت المهمة {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="259" />
        <source>Not contacted (changed host key): {0}.</source>
        <translation>لم يُتصل بها (مفتاح مضيف متغير): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="269" />
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="271" />
        <source>The job did not run to its end: {0}
What to do: {1}</source>
        <translation>لم تكتمل المهمة: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="293" />
        <source>Job {0}: {1} on {2}, {3}.</source>
        <translation>المهمة {0}: {1} على {2}، {3}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="89" />
        <source>The verifier key</source>
        <translation>مفتاح التحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="90" />
        <source>Auditors check the export against this key. Read its fingerprint to them, or compare it with the one on their paper.</source>
        <translation>يتحقق المدققون من التصدير بهذا المفتاح. اقرأ لهم بصمته أو قارنها بالمدوّنة على ورقتهم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="97" />
        <source>Verifier key fingerprint</source>
        <translation>بصمة مفتاح التحقق</translation>
    </message>
</context>
<context>
    <name>LabelsPane</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="59" />
        <source>Labels of this node</source>
        <translation>وسوم هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="60" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="60" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="64" />
        <source>&amp;Add label</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="67" />
        <source>Re&amp;move label</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="70" />
        <source>&amp;Save labels</source>
        <translation>حفظ الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="72" />
        <source>Record the change (audited); deployments from now on use the new labels</source>
        <translation>تسجيل التغيير (يُسجَّل في التدقيق)؛ تستخدم عمليات النشر من الآن الوسوم الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="75" />
        <source>Keys: site, zone, clearance, roles (roles=gpu+serving). Raising the clearance is an admin's decision, under dual control when required.</source>
        <translation>المفاتيح: site وzone وclearance وroles (roles=gpu+serving). رفع التصريح قرار يعود للمدير، ويخضع للرقابة الثنائية عند اشتراطها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="143" />
        <source>Nothing to save: the labels are as they were.</source>
        <translation>لا شيء للحفظ: الوسوم كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="149" />
        <source>Change the labels of {0}: {1}.</source>
        <translation>تغيير وسوم {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="165" />
        <source>Saved. Deployments from now on use these labels.</source>
        <translation>حُفظ. تستخدم عمليات النشر من الآن هذه الوسوم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="171" />
        <source>The labels were not changed: {0}
What to do: {1}</source>
        <translation>لم تتغيّر الوسوم: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="52" />
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="67" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="92" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="94" />
        <source>Unlocked account</source>
        <translation>الحساب المفتوح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="106" />
        <source>&amp;Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="107" />
        <source>&amp;Import bundle folder…</source>
        <translation>استيراد مجلد حزمة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109" />
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110" />
        <source>Lock the vault now; unlock with your passphrase</source>
        <translation>اقفل الخزنة الآن؛ افتحها بعبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="111" />
        <source>&amp;Switch account…</source>
        <translation>تبديل الحساب…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>V&amp;iew</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>Go to a section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Import a bundle folder</source>
        <translation>استيراد مجلد حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Filter the current list</source>
        <translation>تصفية القائمة الحالية</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Run the job</source>
        <translation>تشغيل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Deploy the selected bundle or to the selected nodes</source>
        <translation>نشر الحزمة المحددة أو على العقد المحددة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>Delete</source>
        <translation>مفتاح الحذف</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>Remove the selected node</source>
        <translation>إزالة العقدة المحددة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>Nothing to import: drop a bundle folder (NAME-VERSION.airlock).</source>
        <translation>لا شيء للاستيراد: أفلت مجلد حزمة (NAME-VERSION.airlock).</translation>
    </message>
</context>
<context>
    <name>ManagementKeyDialog</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="180" />
        <source>Management key</source>
        <translation>مفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="182" />
        <source>Airlock reaches every node with this key. Enrolment installs it; to prepare a node another way, add this line to the managing account's {0}. Its private half never leaves the vault.</source>
        <translation>يصل Airlock إلى كل عقدة بهذا المفتاح. يثبّته التسجيل؛ ولتجهيز عقدة بطريقة أخرى أضف هذا السطر إلى {0} لحساب الإدارة. لا يغادر نصفه الخاص الخزنة أبداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="189" />
        <source>Management public key</source>
        <translation>مفتاح الإدارة العام</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="190" />
        <source>Reading the key…</source>
        <translation>جارٍ قراءة المفتاح…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="193" />
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="212" />
        <source>The key could not be read: {0}
What to do: {1}</source>
        <translation>تعذّرت قراءة المفتاح: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="106" />
        <source>Bundles on media</source>
        <translation>الحزم على الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="108" />
        <location filename="../../app/gui/sections/bundles.py" line="162" />
        <source>No medium with bundles. Insert a USB stick or disc with .airlock bundles, or drop a bundle folder on this window.</source>
        <translation>لا وسيط يحمل حزماً. أدخل ذاكرة USB أو قرصاً عليه حزم ‎.airlock أو أفلت مجلد حزمة على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="110" />
        <source>Import &amp;selected</source>
        <translation>استيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="113" />
        <source>Verify and import the bundles selected in this list</source>
        <translation>التحقق من الحزم المحددة في هذه القائمة واستيرادها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="116" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="159" />
        <source>Media could not be scanned: {0}</source>
        <translation>تعذّر فحص الوسائط: {0}</translation>
    </message>
</context>
<context>
    <name>ModelCardDialog</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="185" />
        <source>Model card of {0} {1}</source>
        <translation>بطاقة نموذج {0} {1}</translation>
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
        <location filename="../../app/gui/sections/nodes.py" line="314" />
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="318" />
        <source>Temperature (°C)</source>
        <translation>الحرارة (°م)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>GPU</source>
        <translation>وحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="313" />
        <source>Index nvidia-smi gives the GPU</source>
        <translation>الفهرس الذي يعطيه nvidia-smi لوحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="315" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="316" />
        <source>Memory used / total (MiB)</source>
        <translation>الذاكرة المستخدمة / الإجمالية (MiB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="316" />
        <source>Memory (MiB)</source>
        <translation>الذاكرة (MiB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="317" />
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="317" />
        <source>Multi-Instance GPU mode</source>
        <translation>وضع GPU متعدد المثيلات (MIG)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="318" />
        <source>Now, and where the GPU slows itself down</source>
        <translation>الآن، والحد الذي تبطئ عنده وحدة GPU نفسها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>Power draw / limit (W)</source>
        <translation>القدرة المستهلكة / الحد (واط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="319" />
        <source>Power (W)</source>
        <translation>القدرة (واط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="320" />
        <source>Uncorrected ECC (boot / lifetime)</source>
        <translation>أخطاء ECC غير المصححة (منذ الإقلاع / طوال العمر)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="320" />
        <source>Uncorrected ECC</source>
        <translation>أخطاء ECC غير المصححة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="321" />
        <source>Reset pending</source>
        <translation>بانتظار إعادة التعيين</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="321" />
        <source>Retired pages or remapped rows wait for a GPU reset</source>
        <translation>صفحات مسحوبة أو صفوف معاد تعيينها بانتظار إعادة تعيين وحدة GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="325" />
        <source>GPUs of this node</source>
        <translation>وحدات GPU في هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="342" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="343" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="344" />
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="345" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="346" />
        <source>Deployed bundles</source>
        <translation>الحزم المنشورة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="353" />
        <source>{0} ({1} before slowdown)</source>
        <translation>{0} ({1} قبل التباطؤ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="365" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="365" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="374" />
        <source>Address: {0}:{1}, user {2}</source>
        <translation>العنوان: {0}:{1}، المستخدم {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="375" />
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="376" />
        <source>Path: {0}</source>
        <translation>المسار: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="377" />
        <source>Pinned host key: {0}</source>
        <translation>مفتاح المضيف المثبت: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="378" />
        <source>Labels: {0}</source>
        <translation>الوسوم: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="379" />
        <source>Enrolled {0} by {1}</source>
        <translation>سُجّلت في {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="382" />
        <source>Driver {0}, CUDA {1}, GPU state {2}</source>
        <translation>التعريف {0}، CUDA {1}، حالة GPU {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="388" />
        <source>The node offered a changed host key. Every connection to it is stopped until an admin re-pins it.</source>
        <translation>قدّمت العقدة مفتاح مضيف متغيراً. أوقف كل اتصال بها حتى يعيد المدير تثبيته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="398" />
        <source>No facts collected yet. Run the facts playbook on this node.</source>
        <translation>لم تُجمع حقائق بعد. شغّل دليل facts على هذه العقدة.</translation>
    </message>
</context>
<context>
    <name>NodeTools</name>
    <message>
        <location filename="../../app/gui/node_tools.py" line="295" />
        <source>Management &amp;key…</source>
        <translation>مفتاح الإدارة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="296" />
        <source>Show the public key Airlock uses to reach the nodes</source>
        <translation>عرض المفتاح العام الذي يصل به Airlock إلى العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="298" />
        <source>Deployment &amp;history…</source>
        <translation>سجل النشر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_tools.py" line="299" />
        <source>Every deployment and rollback, newest first</source>
        <translation>كل عملية نشر وتراجع، الأحدث أولاً</translation>
    </message>
</context>
<context>
    <name>NodesSection</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="410" />
        <source>Filter nodes: name, address, label, status…</source>
        <translation>تصفية العقد: الاسم، العنوان، الوسم، الحالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="413" />
        <source>&amp;Enrol node…</source>
        <translation>تسجيل عقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="415" />
        <source>Contact a new node, confirm its host key and install the management key</source>
        <translation>الاتصال بعقدة جديدة وتأكيد مفتاح المضيف وتثبيت مفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="419" />
        <source>&amp;Deploy…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="420" />
        <source>Deploy a model or update bundle to the selected nodes (Ctrl+D)</source>
        <translation>نشر حزمة نموذج أو تحديث على العقد المحددة (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="422" />
        <source>Re-&amp;pin host key…</source>
        <translation>إعادة تثبيت مفتاح المضيف…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="423" />
        <source>Admin: pin the new host key of the selected node, after reading it on its console</source>
        <translation>للمدير: تثبيت مفتاح المضيف الجديد للعقدة المحددة بعد قراءته من طرفيتها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="425" />
        <source>C&amp;ordon or uncordon…</source>
        <translation>&amp;عزل أو إلغاء العزل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="426" />
        <source>Take the selected node out of service, or put it back, with a reason</source>
        <translation>أخرج العقدة المختارة من الخدمة أو أعدها إليها، مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="428" />
        <source>&amp;Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="429" />
        <source>Forget the selected node (Delete)</source>
        <translation>نسيان العقدة المحددة (مفتاح الحذف)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="435" />
        <location filename="../../app/gui/sections/nodes.py" line="485" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="457" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="461" />
        <source>No nodes enrolled yet. Use Enrol node… to add the first one.</source>
        <translation>لا عقد مسجلة بعد. استخدم تسجيل عقدة… لإضافة الأولى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="540" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="621" />
        <source>Enrolled {0}.</source>
        <translation>سُجّلت {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="692" />
        <source>Re-pinned the host key of {0}.</source>
        <translation>أُعيد تثبيت مفتاح مضيف {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="699" />
        <source>Saved the labels of {0}.</source>
        <translation>حُفظت وسوم {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="705" />
        <source>Cordoned {0}.</source>
        <translation>عُزلت {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="705" />
        <source>Uncordoned {0}.</source>
        <translation>أُلغي عزل {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="713" />
        <source>Removed {0}.</source>
        <translation>أُزيلت {0}.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="65" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="76" />
        <location filename="../../app/gui/deploy.py" line="87" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="89" />
        <source>Stop; what was already done on a node stays recorded</source>
        <translation>إيقاف؛ يبقى ما تم على العقدة مسجلاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="113" />
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} من {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="122" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="136" />
        <source>Cancelling: the nodes keep the version they have; files already sent are resumed by the next deploy.</source>
        <translation>جارٍ الإلغاء: تحتفظ العقد بإصدارها الحالي؛ ويُستأنف إرسال الملفات المرسلة في النشر التالي.</translation>
    </message>
</context>
<context>
    <name>OpsSettings</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="62" />
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/account_admin.py" line="51" />
        <source>New passphrase for {0}</source>
        <translation>عبارة مرور جديدة لـ {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="53" />
        <source>{0} will unlock with this passphrase from now on; the old one stops working. Tell it to them in person.</source>
        <translation>سيفتح {0} الخزنة بهذه العبارة من الآن؛ وتتوقف القديمة عن العمل. أبلغه بها شخصياً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="59" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="63" />
        <source>Repeat the passphrase</source>
        <translation>أعِد عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="65" />
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="67" />
        <source>&amp;Repeat it:</source>
        <translation>أعِدها:</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="72" />
        <source>Sealing the new key slot</source>
        <translation>جارٍ ختم خانة المفتاح الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="74" />
        <source>&amp;Set passphrase</source>
        <translation>ضبط عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="87" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="90" />
        <source>The passphrase is too short: choose one of at least 8 characters.</source>
        <translation>عبارة المرور قصيرة جداً: اختر واحدة من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/account_admin.py" line="108" />
        <source>The passphrase was not changed: {0}
What to do: {1}</source>
        <translation>لم تتغيّر عبارة المرور: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="296" />
        <source>Classification levels</source>
        <translation>مستويات التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="297" />
        <source>Least sensitive first, separated by commas</source>
        <translation>الأقل حساسية أولاً، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="302" />
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="303" />
        <source>Lock after idle seconds</source>
        <translation>القفل بعد ثوانٍ من الخمول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="304" />
        <source>0 never locks on idle (not recommended)</source>
        <translation>0 لا يقفل أبداً عند الخمول (غير مستحسن)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="305" />
        <source>&amp;Save policy</source>
        <translation>حفظ السياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="309" />
        <source>Classification levels:</source>
        <translation>مستويات التصنيف:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="313" />
        <source>Needs a second account's approval</source>
        <translation>يتطلب موافقة حساب ثانٍ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="315" />
        <source>Dual control:</source>
        <translation>الرقابة الثنائية:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="316" />
        <source>Lock when idle for:</source>
        <translation>القفل عند الخمول لمدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="320" />
        <source>A bundle may go only to nodes whose clearance label is at least its classification.</source>
        <translation>لا تُرسل الحزمة إلا إلى عقد لا يقل تصريحها عن تصنيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="350" />
        <source>Save the classification levels, dual control and idle lock settings.</source>
        <translation>حفظ مستويات التصنيف والرقابة الثنائية وإعدادات القفل عند الخمول.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="357" />
        <source>The policy was not saved</source>
        <translation>لم تُحفظ السياسة</translation>
    </message>
</context>
<context>
    <name>PrintableRecovery</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="158" />
        <source>Recovery key - printable view</source>
        <translation>مفتاح الاسترداد - عرض قابل للطباعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="160" />
        <source>Airlock recovery key</source>
        <translation>مفتاح استرداد Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="161" />
        <source>Keep this sheet in a safe. Anyone holding it can open the vault as an admin.</source>
        <translation>احفظ هذه الورقة في خزنة. من يحملها يستطيع فتح الخزنة كمدير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="162" />
        <source>Vault: {0}</source>
        <translation>الخزنة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="170" />
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>ProvenanceWords</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="122" />
        <source>This bundle carries no SBOM: its publisher listed no components or licenses.</source>
        <translation>لا تحمل هذه الحزمة SBOM: لم يسرد ناشرها أي مكوّنات أو تراخيص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="124" />
        <source>The SBOM {0} cannot be shown: {1}</source>
        <translation>تعذّر عرض SBOM {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="126" />
        <source>SBOM {0} ({1} {2}), {3}. Licenses: {4}.</source>
        <translation>SBOM {0} ({1} {2})، {3}. التراخيص: {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/provenance.py" line="128" />
        <source>%n component(s)</source>
        <translation>
            <numerusform>لا مكوّنات</numerusform>
            <numerusform>مكوّن واحد</numerusform>
            <numerusform>مكوّنان</numerusform>
            <numerusform>%n مكوّنات</numerusform>
            <numerusform>%n مكوّناً</numerusform>
            <numerusform>%n مكوّن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="135" />
        <source>No model card.</source>
        <translation>لا توجد بطاقة نموذج.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../../app/gui/reason.py" line="41" />
        <source>a change ticket or a sentence saying why</source>
        <translation>رقم طلب تغيير أو جملة تقول لماذا</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="42" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="43" />
        <source>Recorded in the audit trail with this action</source>
        <translation>يُسجَّل في سجل التدقيق مع هذا الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="45" />
        <location filename="../../app/gui/reason.py" line="123" />
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="119" />
        <source>&amp;Reason (required):</source>
        <translation>ال&amp;سبب (مطلوب):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="120" />
        <source>An admin requires a reason for {0}; it is recorded in the audit trail.</source>
        <translation>يشترط المسؤول سبباً لـ {0}؛ ويُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="124" />
        <source>Optional; recorded in the audit trail with this action.</source>
        <translation>اختياري؛ يُسجَّل في سجل التدقيق مع هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason.py" line="133" />
        <source>Type a reason here: an admin requires one for {0}.</source>
        <translation>اكتب سبباً هنا: يشترط المسؤول سبباً لـ {0}.</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="26" />
        <source>An action checked here goes ahead only with a reason: a change ticket or a sentence saying why. The reason is recorded in the audit entry and in audit exports. Any action may carry a reason; these must.</source>
        <translation>لا يُنفَّذ الإجراء المحدد هنا إلا مع سبب: رقم طلب تغيير أو جملة تقول لماذا. يُسجَّل السبب في قيد التدقيق وفي صادرات التدقيق. يمكن لأي إجراء أن يحمل سبباً؛ وهذه الإجراءات يجب أن تحمله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="32" />
        <source>Actions that need a reason</source>
        <translation>الإجراءات التي تتطلب سبباً</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="39" />
        <source>&amp;Save required reasons</source>
        <translation>&amp;حفظ الأسباب المطلوبة</translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="72" />
        <source>Change the actions that need a reason.</source>
        <translation>تغيير الإجراءات التي تتطلب سبباً.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/reason_settings.py" line="81" />
        <source>Saved: %n action(s) need a reason.</source>
        <translation>
            <numerusform>حُفظ: لا إجراء يتطلب سبباً.</numerusform>
            <numerusform>حُفظ: إجراء واحد يتطلب سبباً.</numerusform>
            <numerusform>حُفظ: إجراءان يتطلبان سبباً.</numerusform>
            <numerusform>حُفظ: %n إجراءات تتطلب سبباً.</numerusform>
            <numerusform>حُفظ: %n إجراءً يتطلب سبباً.</numerusform>
            <numerusform>حُفظ: %n إجراء يتطلب سبباً.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/reason_settings.py" line="89" />
        <source>The required reasons were not saved</source>
        <translation>لم تُحفظ الأسباب المطلوبة</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="191" />
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="192" />
        <source>Shown once. Write it on paper or print it, and keep it in a safe.</source>
        <translation>يُعرض مرة واحدة. دوّنه على ورق أو اطبعه واحفظه في خزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="197" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="199" />
        <source>Printable &amp;view…</source>
        <translation>عرض قابل للطباعة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="202" />
        <source>I have written down or printed the recovery key</source>
        <translation>دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="211" />
        <source>Airlock does not keep it: after this page it cannot be shown again.</source>
        <translation>لا يحتفظ Airlock به: بعد هذه الصفحة لا يمكن عرضه مجدداً.</translation>
    </message>
</context>
<context>
    <name>RelaysDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="48" />
        <source>Re&amp;lays…</source>
        <translation>المُرحِّ&amp;لات…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="50" />
        <source>Nodes that run jobs for the nodes behind them, which the appliance may not reach</source>
        <translation>عقد تشغّل المهام للعقد التي خلفها، والتي قد لا يصل إليها الجهاز</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="71" />
        <location filename="../../app/gui/relays.py" line="81" />
        <source>Relays</source>
        <translation>المُرحِّلات</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="73" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="74" />
        <source>A relay is an enrolled node that runs jobs for the nodes its pattern selects, which the appliance may not reach itself. A node has one relay at most; a relay is always reached directly. Make a node a relay once it runs the relay program: deploy the relay wheelhouse to it with the relay playbook.</source>
        <translation>المُرحِّل عقدة مسجّلة تشغّل المهام للعقد التي يحددها نمطه، والتي قد لا يصل إليها الجهاز بنفسه. للعقدة مُرحِّل واحد على الأكثر، ويُوصَل إلى المُرحِّل دائماً مباشرة. اجعل العقدة مُرحِّلاً بعد أن تشغّل برنامج المُرحِّل: انشر عليها حزمة عجلات المُرحِّل بدليل التشغيل relay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Relay</source>
        <translation>المُرحِّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="82" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Serves</source>
        <translation>يخدم</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Nodes behind it</source>
        <translation>العقد خلفه</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="83" />
        <source>Runs</source>
        <translation>يشغّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="91" />
        <source>No relays. Every node is reached directly.</source>
        <translation>لا مُرحِّلات. يُوصَل إلى كل عقدة مباشرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="92" />
        <source>&amp;Add relay…</source>
        <translation>إ&amp;ضافة مُرحِّل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="94" />
        <source>Admin: make an enrolled node the relay of the nodes a pattern selects</source>
        <translation>للمدير: جعل عقدة مسجّلة مُرحِّلاً للعقد التي يحددها نمط</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="96" />
        <source>&amp;Remove relay…</source>
        <translation>إ&amp;زالة المُرحِّل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="98" />
        <source>Admin: stop using the selected relay; its nodes are reached directly</source>
        <translation>للمدير: إيقاف استخدام المُرحِّل المحدد؛ يُوصَل إلى عقده مباشرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="115" />
        <source>Relays not read</source>
        <translation>لم تُقرأ المُرحِّلات</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="123" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="123" />
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="125" />
        <source>(also selected by another relay: {0})</source>
        <translation>(يحددها مُرحِّل آخر أيضاً: {0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="128" />
        <source>ansible-runner {0}</source>
        <translation>ansible-runner {0}</translation>
    </message>
</context>
<context>
    <name>RemoteCancel</name>
    <message>
        <location filename="../../app/gui/job_controls.py" line="64" />
        <source>Asking job {0} to stop…</source>
        <translation>جارٍ طلب إيقاف المهمة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="67" />
        <source>Job {0} was asked to stop (by {1}); it ends as soon as its process sees the request.</source>
        <translation>طُلب من المهمة {0} أن تتوقف (بواسطة {1})؛ تنتهي بمجرد أن ترى عمليتها الطلب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="73" />
        <source>Job {0} was not cancelled: {1}
What to do: {2}</source>
        <translation>لم تُلغَ المهمة {0}: {1}
ما العمل: {2}</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="247" />
        <source>Removing {0}…</source>
        <translation>جارٍ إزالة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="258" />
        <source>Not removed</source>
        <translation>لم تُزل</translation>
    </message>
</context>
<context>
    <name>RemoveNodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="274" />
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="268" />
        <source>Remove the node {0}?</source>
        <translation>إزالة العقدة {0}؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="269" />
        <source>Airlock forgets it: its pinned host key, facts and health history are deleted from the vault, and jobs and deployments no longer reach it. Nothing is changed on the node itself; to use it again, enrol it again.</source>
        <translation>ينساها Airlock: يُحذف من الخزنة مفتاح مضيفها المثبت وحقائقها وسجل صحتها، ولا تصلها المهام وعمليات النشر بعد الآن. لا يتغير شيء على العقدة نفسها؛ لاستخدامها مجدداً سجّلها من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="272" />
        <source>&amp;Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="276" />
        <source>Forget this node (audited)</source>
        <translation>نسيان هذه العقدة (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="279" />
        <source>Remove the node {0}.</source>
        <translation>إزالة العقدة {0}.</translation>
    </message>
</context>
<context>
    <name>RemoveRelayDialog</name>
    <message>
        <location filename="../../app/gui/relays.py" line="302" />
        <source>Stop using {0} as a relay?</source>
        <translation>إيقاف استخدام {0} مُرحِّلاً؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="303" />
        <source>The appliance will try to reach these nodes directly: {0}. Where it has no route to them, their jobs fail as unreachable. The node stays enrolled, and the relay program stays installed on it.</source>
        <translation>سيحاول الجهاز الوصول إلى هذه العقد مباشرة: {0}. حيث لا مسار له إليها، تفشل مهامها لتعذّر الوصول. تبقى العقدة مسجّلة ويبقى برنامج المُرحِّل مثبّتاً عليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="305" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="306" />
        <source>&amp;Remove relay</source>
        <translation>إ&amp;زالة المُرحِّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="308" />
        <source>Remove the relay {0}</source>
        <translation>إزالة المُرحِّل {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/relays.py" line="312" />
        <source>Stop using {0} as a relay.</source>
        <translation>إيقاف استخدام {0} مُرحِّلاً.</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="95" />
        <source>Re-pin the host key of {0}</source>
        <translation>إعادة تثبيت مفتاح مضيف {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="97" />
        <source>{0} ({1}:{2}) is pinned to the host key below. Re-pin only a key you read on the node's own console, for example with ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. Airlock then contacts the node and pins the key it offers only if it matches what you typed.</source>
        <translation>العقدة {0} ({1}:{2}) مثبتة على مفتاح المضيف أدناه. لا تُعد التثبيت إلا لمفتاح قرأته من طرفية العقدة نفسها، مثلاً بالأمر ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub. يتصل Airlock بعدها بالعقدة ولا يثبّت المفتاح الذي تقدمه إلا إذا طابق ما كتبته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="104" />
        <source>(no key pinned)</source>
        <translation>(لا مفتاح مثبت)</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="108" />
        <source>Pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="112" />
        <source>New host key fingerprint</source>
        <translation>بصمة مفتاح المضيف الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="116" />
        <source>New host key fingerprint, again</source>
        <translation>بصمة مفتاح المضيف الجديد، مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="117" />
        <source>Type it a second time, from the console, not by copying the first field</source>
        <translation>اكتبها مرة ثانية من الطرفية، لا بنسخ الحقل الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="119" />
        <source>Pinned now:</source>
        <translation>المثبت حالياً:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="120" />
        <source>&amp;New fingerprint:</source>
        <translation>البصمة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="122" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="126" />
        <source>&amp;Re-pin</source>
        <translation>إعادة التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="128" />
        <source>Contact the node and pin its key if it matches</source>
        <translation>الاتصال بالعقدة وتثبيت مفتاحها إن تطابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="141" />
        <source>The two fingerprints differ.</source>
        <translation>البصمتان مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="152" />
        <source>Re-pin the host key of {0} to {1}.</source>
        <translation>إعادة تثبيت مفتاح مضيف {0} على {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="156" />
        <location filename="../../app/gui/node_actions.py" line="191" />
        <source>Not re-pinned</source>
        <translation>لم يُعد التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="173" />
        <source>Contacting {0} to read the key it offers…</source>
        <translation>جارٍ الاتصال بـ {0} لقراءة المفتاح الذي تقدمه…</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="186" />
        <source>Not re-pinned: re-pinning is under dual control, and this version of Airlock cannot pass a second approval for it.
What to do: an admin can take node.repin out of dual control in Settings → Classification and policy, re-pin, then put it back.</source>
        <translation>لم يُعد التثبيت: إعادة التثبيت خاضعة للرقابة الثنائية، وهذا الإصدار من Airlock لا يستطيع تمرير موافقة ثانية لها.
ما العمل: يستطيع المدير إخراج node.repin من الرقابة الثنائية في الإعدادات ← التصنيف والسياسة، ثم إعادة التثبيت، ثم إرجاعها.</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../app/gui/reports.py" line="265" />
        <source>&amp;Reports…</source>
        <translation>ال&amp;تقارير…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="267" />
        <source>Write a fleet, deployments or audit report (HTML and CSV) and show it</source>
        <translation>اكتب تقرير الأسطول أو عمليات النشر أو التدقيق (HTML وCSV) واعرضه</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/reports.py" line="132" />
        <source>Write a report</source>
        <translation>كتابة تقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="136" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="137" />
        <source>Fleet: health over the period, with charts and alarms</source>
        <translation>الأسطول: السلامة خلال الفترة، مع رسوم بيانية وإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="138" />
        <source>Deployments: what was deployed where, at which classification</source>
        <translation>عمليات النشر: ما نُشر وأين، وبأي تصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="139" />
        <source>Audit: who did what and why, sealed by a checkpoint</source>
        <translation>التدقيق: من فعل ماذا ولماذا، مختوم بنقطة تحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="141" />
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="142" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="146" />
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="147" />
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="148" />
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="149" />
        <source>Write the report as</source>
        <translation>اكتب التقرير باسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="149" />
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="152" />
        <source>One HTML file that needs no network, and a CSV file of each of its tables beside it. Writing it is recorded in the audit trail.</source>
        <translation>ملف HTML واحد لا يحتاج إلى شبكة، وبجانبه ملف CSV لكل جدول من جداوله. تُسجَّل كتابته في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="158" />
        <source>&amp;Write</source>
        <translation>ا&amp;كتب</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="161" />
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="191" />
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="204" />
        <source>Writing {0}…</source>
        <translation>كتابة {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/reports.py" line="221" />
        <source>Wrote {0} and %n CSV file(s).</source>
        <translation>
            <numerusform>كُتب {0} ولا ملفات CSV.</numerusform>
            <numerusform>كُتب {0} وملف CSV واحد.</numerusform>
            <numerusform>كُتب {0} وملفا CSV.</numerusform>
            <numerusform>كُتب {0} و%n ملفات CSV.</numerusform>
            <numerusform>كُتب {0} و%n ملفاً CSV.</numerusform>
            <numerusform>كُتب {0} و%n ملف CSV.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="222" />
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="224" />
        <source>Sealed by checkpoint {0}.</source>
        <translation>مختوم بنقطة التحقق {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="244" />
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="249" />
        <source>Not written: {0}
What to do: {1}</source>
        <translation>لم يُكتب: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <location filename="../../app/gui/reports.py" line="84" />
        <source>Report: {0}</source>
        <translation>التقرير: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="88" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="92" />
        <source>Reading {0}…</source>
        <translation>قراءة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="93" />
        <source>Open in the &amp;web browser</source>
        <translation>افتح في م&amp;تصفح الويب</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="95" />
        <source>The same file in the desktop's web browser (it needs no network)</source>
        <translation>الملف نفسه في متصفح الويب لسطح المكتب (لا يحتاج إلى شبكة)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports.py" line="112" />
        <source>The report cannot be shown: {0}
What to do: {1}</source>
        <translation>لا يمكن عرض التقرير: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="440" />
        <source>Restore from a &amp;backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="444" />
        <source>Replace this appliance: restore the vault and content store from a backup</source>
        <translation>استبدال هذا الجهاز: استعادة الخزنة ومخزن المحتوى من نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="310" />
        <source>Restoring</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="311" />
        <source>The vault and the content store are copied into {0} and checked again as they are copied.</source>
        <translation>تُنسخ الخزنة ومخزن المحتوى إلى {0} ويُتحقق منهما مجدداً أثناء النسخ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="315" />
        <source>Restore progress</source>
        <translation>تقدّم الاستعادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="316" />
        <source>&amp;Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="318" />
        <source>Stop the restore; the data directory stays as it was</source>
        <translation>إيقاف الاستعادة؛ يبقى مجلد البيانات كما كان</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="351" />
        <source>Restoring {0}…</source>
        <translation>جارٍ استعادة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="365" />
        <source>Restored. The audit log continues with an entry that records this restore and where it came from. Finish to open Airlock.</source>
        <translation>تمت الاستعادة. يستمر سجل التدقيق بقيد يسجّل هذه الاستعادة ومصدرها. أنهِ لفتح Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="374" />
        <source>Stopped. The data directory is as it was; go back to start again.</source>
        <translation>توقّف. مجلد البيانات كما كان؛ ارجع للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="377" />
        <source>Nothing was restored: {0}
What to do: {1} Go back to change it.</source>
        <translation>لم يُستعد شيء: {0}
ما العمل: {1} ارجع لتغييره.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="400" />
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <location filename="../../app/gui/deploy.py" line="484" />
        <source>Roll back {0}</source>
        <translation>التراجع عن {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="486" />
        <source>Switch {0} back to the version each node had before. The node keeps both versions; only its current link changes, and the model is restarted.</source>
        <translation>إرجاع {0} إلى الإصدار الذي كان لدى كل عقدة من قبل. تحتفظ العقدة بالإصدارين؛ يتغير رابط current فقط ويُعاد تشغيل النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="489" />
        <source>{0}: {1} → back to {2}</source>
        <translation>{0}: {1} ← العودة إلى {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="495" />
        <source>&amp;Roll back</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="497" />
        <source>Run the rollback playbook on these nodes</source>
        <translation>تشغيل playbook التراجع على هذه العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="510" />
        <source>Roll back {0} on {1}.</source>
        <translation>التراجع عن {0} على {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="523" />
        <source>Rolling back {0}…</source>
        <translation>جارٍ التراجع عن {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="526" />
        <source>Rolled back {0} on: {1}.</source>
        <translation>تم التراجع عن {0} على: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="533" />
        <source>Cancelled. Nodes already switched back stay recorded as such.</source>
        <translation>أُلغي. العقد التي تراجعت بالفعل تبقى مسجلة كذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/deploy.py" line="535" />
        <source>Not rolled back: {0}
What to do: {1}</source>
        <translation>لم يتم التراجع: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>RunSettings</name>
    <message>
        <location filename="../../app/gui/job_controls.py" line="31" />
        <source>Forks</source>
        <translation>التوازي</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="32" />
        <source>How many nodes Ansible works on at the same time</source>
        <translation>عدد العقد التي يعمل عليها Ansible في الوقت نفسه</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="37" />
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="38" />
        <source>Timeout in seconds</source>
        <translation>المهلة بالثواني</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_controls.py" line="39" />
        <source>The job is stopped after this many seconds; results so far are kept</source>
        <translation>تُوقف المهمة بعد هذا العدد من الثواني؛ وتُحفظ النتائج حتى حينه</translation>
    </message>
</context>
<context>
    <name>SaveOutputButton</name>
    <message>
        <location filename="../../app/gui/job_output.py" line="160" />
        <source>Save &amp;output…</source>
        <translation>احفظ ال&amp;مخرجات…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="162" />
        <source>Save this job's whole output as a file (plain text or JSON lines)</source>
        <translation>احفظ كامل مخرجات هذه المهمة في ملف (نص عادي أو أسطر JSON)</translation>
    </message>
</context>
<context>
    <name>SaveOutputDialog</name>
    <message>
        <location filename="../../app/gui/job_output.py" line="47" />
        <source>Save the output of job {0}</source>
        <translation>احفظ مخرجات المهمة {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="49" />
        <source>Reading what is stored…</source>
        <translation>قراءة ما هو مخزّن…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="52" />
        <source>&amp;Plain text: what Ansible printed, with each command's output</source>
        <translation>&amp;نص عادي: ما طبعه Ansible، مع مخرجات كل أمر</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="55" />
        <source>&amp;JSON lines: one result per host and task, for scripts</source>
        <translation>أسطر &amp;JSON: نتيجة لكل مضيف ومهمة، للبرامج النصية</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="60" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="62" />
        <source>Save the job's output as</source>
        <translation>احفظ مخرجات المهمة باسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="67" />
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="91" />
        <source>Job {0} has no stored output: it ran before Airlock kept outputs, or ended before Ansible started.</source>
        <translation>لا مخرجات مخزّنة للمهمة {0}: نُفّذت قبل أن يحفظ Airlock المخرجات، أو انتهت قبل أن يبدأ Ansible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="96" />
        <source>Stored with job {0}: {1} of text ({2}), and {3} of per-host results ({4}).</source>
        <translation>مخزّن مع المهمة {0}: {1} من النص ({2})، و{3} من النتائج لكل مضيف ({4}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/job_output.py" line="98" />
        <location filename="../../app/gui/job_output.py" line="100" />
        <location filename="../../app/gui/job_output.py" line="132" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>لا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%n أسطر</numerusform>
            <numerusform>%n سطراً</numerusform>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="110" />
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="118" />
        <source>Writing {0}…</source>
        <translation>كتابة {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="131" />
        <source>Wrote {0}: {1}, {2}.
SHA-256 {3}</source>
        <translation>كُتب {0}: {1}، {2}.
SHA-256 {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="140" />
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_output.py" line="143" />
        <source>Not saved: {0}
What to do: {1}</source>
        <translation>لم يُحفظ: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>SaveParts</name>
    <message>
        <location filename="../../app/gui/save_parts.py" line="15" />
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="16" />
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="18" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/save_parts.py" line="40" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>SbomPane</name>
    <message>
        <location filename="../../app/gui/provenance.py" line="83" />
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="84" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="85" />
        <source>Licenses</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="85" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="86" />
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="87" />
        <source>Package URL</source>
        <translation>عنوان الحزمة (purl)</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="89" />
        <source>Filter components: name, license, supplier…</source>
        <translation>تصفية المكوّنات: الاسم، الترخيص، المورّد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/provenance.py" line="93" />
        <source>SBOM components</source>
        <translation>مكوّنات SBOM</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="73" />
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="74" />
        <location filename="../../app/gui/sections/ops_settings.py" line="92" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="75" />
        <location filename="../../app/gui/sections/ops_settings.py" line="95" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="76" />
        <location filename="../../app/gui/sections/ops_settings.py" line="99" />
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="77" />
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="78" />
        <source>Next run</source>
        <translation>التشغيل التالي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="79" />
        <source>Last run</source>
        <translation>آخر تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="83" />
        <source>Schedules</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="96" />
        <source>Which nodes: all, names or globs, label=value, !name to leave one out</source>
        <translation>أي العقد: all أو أسماء أو أنماط أو وسم=قيمة، و!الاسم لاستبعاد عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="100" />
        <source>How often: 15m, 6h, 1d, 1h30m</source>
        <translation>كم مرة: 15m أو 6h أو 1d أو 1h30m</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="101" />
        <source>&amp;Add schedule</source>
        <translation>إ&amp;ضافة جدولة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="104" />
        <source>Re&amp;move schedule</source>
        <translation>ح&amp;ذف الجدولة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="115" />
        <source>Playbook:</source>
        <translation>الدليل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="116" />
        <source>Nodes:</source>
        <translation>العقد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="117" />
        <source>Every:</source>
        <translation>كل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="124" />
        <source>Playbooks schedules may run (admin)</source>
        <translation>الأدلة التي يمكن للجداول تشغيلها (المسؤول)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="128" />
        <source>Sa&amp;ve</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="132" />
        <source>Schedules run while Airlock runs and is unlocked; a schedule missed while it was closed runs once when it opens again. Each run is an ordinary job started by the schedule's owner. On an appliance without a desktop session, a system timer runs `airlock schedule run-due`.</source>
        <translation>تعمل الجداول ما دام Airlock يعمل وغير مقفل؛ والجدولة الفائتة أثناء إغلاقه تعمل مرة واحدة عند فتحه من جديد. كل تشغيل مهمة عادية يبدؤها مالك الجدولة. وعلى جهاز بلا جلسة سطح مكتب، يشغّل مؤقت النظام `airlock schedule run-due`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="181" />
        <source>{0}
What to do: {1}</source>
        <translation>{0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/ops_settings.py" line="204" />
        <source>Change which playbooks schedules may run.</source>
        <translation>تغيير الأدلة التي يمكن للجداول تشغيلها.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="59" />
        <source>Deploying an update bundle</source>
        <translation>نشر حزمة تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="60" />
        <source>Removing a node</source>
        <translation>إزالة عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="61" />
        <source>Re-pinning a node's host key</source>
        <translation>إعادة تثبيت مفتاح مضيف عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="62" />
        <source>Rotating the trust root</source>
        <translation>تدوير جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="63" />
        <source>Adding an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="64" />
        <source>Changing settings and policy</source>
        <translation>تغيير الإعدادات والسياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="65" />
        <source>Disabling an account</source>
        <translation>تعطيل حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="66" />
        <source>Enabling an account</source>
        <translation>تفعيل حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="67" />
        <source>Removing an account</source>
        <translation>إزالة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="68" />
        <source>Raising a node's clearance</source>
        <translation>رفع تصريح عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="69" />
        <source>Making a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="70" />
        <source>Updating Airlock itself</source>
        <translation>تحديث Airlock نفسه</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="71" />
        <source>Rolling Airlock back to its kept version</source>
        <translation>إرجاع Airlock إلى إصداره المحفوظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="72" />
        <source>Rotating the content store key</source>
        <translation>تدوير مفتاح مخزن المحتوى</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="515" />
        <source>Accounts and roles</source>
        <translation>الحسابات والأدوار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="516" />
        <source>Trust roots</source>
        <translation>جذور الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="519" />
        <source>Classification and policy</source>
        <translation>التصنيف والسياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="520" />
        <source>Vault key</source>
        <translation>مفتاح الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="521" />
        <source>Content store</source>
        <translation>مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="523" />
        <source>Schedules</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="524" />
        <source>Health and alarms</source>
        <translation>الصحة والإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="525" />
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="527" />
        <source>Reasons on record</source>
        <translation>الأسباب المسجلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="528" />
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="530" />
        <source>Airlock version</source>
        <translation>إصدار Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="536" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>StoreCheckDialog</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="90" />
        <source>Check the content store</source>
        <translation>فحص مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="92" />
        <source>Every stored object is read again and compared with the SHA-256 it is named by. Nothing is changed.</source>
        <translation>يُقرأ كل كائن مخزَّن من جديد ويُقارن بـ SHA-256 الذي يحمل اسمه. لا يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="97" />
        <source>Store check progress</source>
        <translation>تقدّم فحص المخزن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="147" />
        <source>The store has %n problem(s). Import the bundles they belong to again; do not deploy them until then.</source>
        <translation>
            <numerusform>لا مشكلات في المخزن.</numerusform>
            <numerusform>في المخزن مشكلة واحدة. استورد الحزم المعنية مجدداً؛ ولا تنشرها حتى ذلك الحين.</numerusform>
            <numerusform>في المخزن مشكلتان. استورد الحزم المعنية مجدداً؛ ولا تنشرها حتى ذلك الحين.</numerusform>
            <numerusform>في المخزن %n مشكلات. استورد الحزم المعنية مجدداً؛ ولا تنشرها حتى ذلك الحين.</numerusform>
            <numerusform>في المخزن %n مشكلة. استورد الحزم المعنية مجدداً؛ ولا تنشرها حتى ذلك الحين.</numerusform>
            <numerusform>في المخزن %n مشكلة. استورد الحزم المعنية مجدداً؛ ولا تنشرها حتى ذلك الحين.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="153" />
        <source>Every object in the store matches its SHA-256.</source>
        <translation>كل كائن في المخزن يطابق SHA-256 الخاص به.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="160" />
        <source>Stopped before every object was checked.</source>
        <translation>توقّف قبل فحص كل الكائنات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="163" />
        <source>The store could not be checked: {0}
What to do: {1}</source>
        <translation>تعذّر فحص المخزن: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="43" />
        <source>Every payload in the content store is encrypted with a store key sealed in this vault; a stolen disk gives away no model. Rotating the store key re-encrypts every object under a new key in the background, then destroys the old key. Stopped or interrupted, it goes on at the next start.</source>
        <translation>كل حمولة في مخزن المحتوى مشفّرة بمفتاح مخزن مختوم في هذه الخزنة؛ فالقرص المسروق لا يكشف أي نموذج. تدوير مفتاح المخزن يعيد تشفير كل كائن بمفتاح جديد في الخلفية ثم يُتلف المفتاح القديم. وإن أُوقف أو انقطع، يُستأنف عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>retiring</source>
        <translation>قيد الإحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="46" />
        <source>destroyed</source>
        <translation>أُتلف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="48" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="49" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="50" />
        <source>Objects</source>
        <translation>الكائنات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="51" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="52" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="53" />
        <source>Destroyed</source>
        <translation>أُتلف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="57" />
        <source>Store keys</source>
        <translation>مفاتيح المخزن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="61" />
        <source>&amp;Rotate the store key</source>
        <translation>تدوير مفتاح المخزن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="63" />
        <source>Admin: a new store key, every object re-encrypted under it (audited)</source>
        <translation>للمشرف: مفتاح مخزن جديد، ويُعاد تشفير كل كائن به (مع التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="66" />
        <source>&amp;Finish now</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="68" />
        <source>Encrypt or re-encrypt the objects that wait for it</source>
        <translation>تشفير الكائنات المنتظِرة أو إعادة تشفيرها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="71" />
        <source>&amp;Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="73" />
        <source>Stop after the current object; the rest is done at the next start</source>
        <translation>التوقف بعد الكائن الحالي؛ ويُنجز الباقي عند التشغيل التالي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="78" />
        <source>Content store encryption progress</source>
        <translation>تقدّم تشفير مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="86" />
        <source>Content store encryption</source>
        <translation>تشفير مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="105" />
        <source>Objects: {0}. In plaintext from before encryption: {1}. To re-encrypt: {2}. Unreadable: {3}.</source>
        <translation>الكائنات: {0}. بنص واضح من قبل التشفير: {1}. بانتظار إعادة التشفير: {2}. غير مقروءة: {3}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="124" />
        <source>Rotate the content store key.</source>
        <translation>تدوير مفتاح مخزن المحتوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="148" />
        <source>Encrypting the content store…</source>
        <translation>جارٍ تشفير مخزن المحتوى…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="156" />
        <source>{0}: {1}%</source>
        <translation>{0}: {1}٪</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="177" />
        <source>A backup is copying the content store, so no object was re-encrypted. The encryption resumes at the next start, or with Finish now after the backup.</source>
        <translation>نسخة احتياطية تنسخ مخزن المحتوى، لذا لم يُعَد تشفير أي كائن. يُستأنف التشفير عند التشغيل التالي، أو بزر إنهاء الآن بعد انتهاء النسخ الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="180" />
        <source>Another Airlock process is encrypting the content store.</source>
        <translation>عملية Airlock أخرى تشفّر مخزن المحتوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="182" />
        <source>Damaged objects: {0}. Check the store, then import their bundles again.</source>
        <translation>الكائنات التالفة: {0}. افحص المخزن، ثم استورد حزمها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="185" />
        <source>Every object is encrypted under the active store key.</source>
        <translation>كل كائن مشفَّر بمفتاح المخزن النشط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="190" />
        <source>Stopped. The rest is encrypted at the next start, or with Finish now.</source>
        <translation>توقّف. يُشفَّر الباقي عند التشغيل التالي، أو بزر إنهاء الآن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/store_keys.py" line="193" />
        <source>The content store was not fully encrypted: {0}
What to do: {1}</source>
        <translation>لم يُشفَّر مخزن المحتوى بالكامل: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="242" />
        <source>Pin the trust root</source>
        <translation>تثبيت جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="243" />
        <source>Bundles are accepted only when they chain to this root. Type its fingerprint from the paper your publisher gave you.</source>
        <translation>لا تُقبل الحزم إلا إذا ارتبطت بهذا الجذر. اكتب بصمته من الورقة التي سلّمها لك الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="247" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="248" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="249" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="253" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="255" />
        <source>SHA256: followed by 64 hex digits, as `publisher init-trust` printed it.</source>
        <translation>SHA256: متبوعاً بـ 64 رقماً ست عشرياً كما طبعه `publisher init-trust`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="256" />
        <source>P&amp;in this root</source>
        <translation>ثبّت هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="266" />
        <source>Root &amp;file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="267" />
        <source>Finger&amp;print:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="270" />
        <source>You may finish without it and pin the root later in Settings; until then no bundle can be imported.</source>
        <translation>يمكنك الإنهاء دونه وتثبيت الجذر لاحقاً في الإعدادات؛ وحتى ذلك الحين لا يمكن استيراد أي حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="274" />
        <source>Choose root.json</source>
        <translation>اختر root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="275" />
        <source>Trust root (root.json)</source>
        <translation>جذر الثقة (root.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="284" />
        <source>Choose the root file and type its fingerprint first.</source>
        <translation>اختر ملف الجذر واكتب بصمته أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="287" />
        <source>Checking the root…</source>
        <translation>جارٍ فحص الجذر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="293" />
        <source>Pinned root version {0}, fingerprint {1}.</source>
        <translation>ثُبّت الجذر الإصدار {0}، البصمة {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="301" />
        <source>Not pinned: {0}
What to do: {1}</source>
        <translation>لم يُثبّت: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="210" />
        <source>Pinned trust root</source>
        <translation>جذر الثقة المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="213" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="214" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="217" />
        <source>SHA256:… typed from paper (first root only)</source>
        <translation>SHA256:… مكتوبة من الورقة (للجذر الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="218" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="219" />
        <source>&amp;Pin first root</source>
        <translation>تثبيت الجذر الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="222" />
        <source>&amp;Rotate to this root</source>
        <translation>التدوير إلى هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="224" />
        <source>Accept root N+1, signed by the thresholds of both N and N+1</source>
        <translation>قبول الجذر N+1 الموقَّع بعتبتي N و N+1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="230" />
        <source>Root file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="231" />
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="247" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="256" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Publisher role</source>
        <translation>دور الناشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Signatures needed</source>
        <translation>التواقيع المطلوبة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="258" />
        <source>Namespaces</source>
        <translation>مساحات الأسماء</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="259" />
        <source>Version {0}: {1}, pinned by {2} on {3}</source>
        <translation>الإصدار {0}: {1}، ثبّته {2} في {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="262" />
        <source>Root version {0}</source>
        <translation>الجذر الإصدار {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="263" />
        <source>Expires {0}</source>
        <translation>ينتهي في {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Publishers</source>
        <translation>الناشرون</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="264" />
        <source>Every root version kept</source>
        <translation>كل إصدارات الجذر المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="275" />
        <source>The root was not pinned</source>
        <translation>لم يُثبّت الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="279" />
        <source>Rotate the trust root to {0}.</source>
        <translation>تدوير جذر الثقة إلى {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="281" />
        <location filename="../../app/gui/sections/settings.py" line="286" />
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
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="228" />
        <source>Open the backup</source>
        <translation>فتح النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="229" />
        <source>Only an admin of the backed-up appliance, or its recovery key, can open it.</source>
        <translation>لا يفتحها إلا مدير الجهاز المنسوخ احتياطياً أو مفتاح استرداده.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="230" />
        <source>An admin's &amp;passphrase</source>
        <translation>عبارة مرور مدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="232" />
        <source>The &amp;recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="235" />
        <source>Admin account name</source>
        <translation>اسم حساب المدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="236" />
        <source>the only admin, if left empty</source>
        <translation>المدير الوحيد إن تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="240" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="243" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="247" />
        <source>Last checkpoint you kept (optional)</source>
        <translation>آخر نقطة تحقق احتفظت بها (اختياري)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="248" />
        <source>A checkpoint file from an audit export: a backup older than it is refused</source>
        <translation>ملف نقطة تحقق من تصدير تدقيق: تُرفض أي نسخة احتياطية أقدم منه</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="249" />
        <source>B&amp;rowse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="256" />
        <source>A&amp;ccount:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="257" />
        <source>Pass&amp;phrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="259" />
        <source>Recovery &amp;key:</source>
        <translation>مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="260" />
        <source>Last &amp;checkpoint:</source>
        <translation>آخر نقطة تحقق:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="266" />
        <source>a change ticket or a sentence saying why</source>
        <translation>رقم طلب تغيير أو جملة تقول لماذا</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="267" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="268" />
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="278" />
        <source>Choose the checkpoint you kept</source>
        <translation>اختر نقطة التحقق التي احتفظت بها</translation>
    </message>
</context>
<context>
    <name>VaultTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="390" />
        <source>The data key encrypts the whole vault. Rotating it re-encrypts the database under a new key and rewraps every key slot: passphrases and the recovery key stay the same. A crash during the rotation leaves either the old or the new key working. Close other Airlock sessions (airlock commands) first: the rotation needs the vault to itself.</source>
        <translation>يشفّر مفتاح البيانات الخزنة كلها. تدويره يعيد تشفير قاعدة البيانات بمفتاح جديد ويعيد تغليف كل خانات المفاتيح: تبقى عبارات المرور ومفتاح الاسترداد كما هي. أي انهيار أثناء التدوير يُبقي المفتاح القديم أو الجديد صالحاً. أغلق جلسات Airlock الأخرى (أوامر airlock) أولاً: يحتاج التدوير إلى الخزنة وحده.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="394" />
        <source>&amp;Rotate the data key</source>
        <translation>تدوير مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="396" />
        <source>Admin: re-encrypt the vault under a new data key (audited)</source>
        <translation>للمدير: إعادة تشفير الخزنة بمفتاح بيانات جديد (يُسجَّل في التدقيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="399" />
        <source>&amp;Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="401" />
        <source>Stop before the new key is switched in; the old key stays</source>
        <translation>الإيقاف قبل اعتماد المفتاح الجديد؛ يبقى المفتاح القديم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="406" />
        <source>Data key rotation progress</source>
        <translation>تقدّم تدوير مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="416" />
        <source>Data key</source>
        <translation>مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="438" />
        <source>Rotating the data key…</source>
        <translation>جارٍ تدوير مفتاح البيانات…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="463" />
        <source>The data key was rotated. Every passphrase and the recovery key still open the vault.</source>
        <translation>دُوِّر مفتاح البيانات. ما زالت كل عبارات المرور ومفتاح الاسترداد تفتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="470" />
        <source>Stopped. The vault keeps its old data key.</source>
        <translation>أُوقف. تحتفظ الخزنة بمفتاح بياناتها القديم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="473" />
        <source>The data key was not rotated: {0}
What to do: {1}</source>
        <translation>لم يُدوَّر مفتاح البيانات: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="43" />
        <source>Verify {0}</source>
        <translation>التحقق من {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="44" />
        <source>Checking the signed manifest, then hashing every file. Nothing is imported and the store is not touched.</source>
        <translation>جارٍ التحقق من البيان الموقّع ثم حساب تجزئة كل ملف. لا يُستورد شيء ولا يُمسّ المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="46" />
        <source>Stop verifying.</source>
        <translation>إيقاف التحقق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/bundle_tools.py" line="63" />
        <source>SBOM: %n component(s).</source>
        <translation>
            <numerusform>SBOM: لا مكوّنات.</numerusform>
            <numerusform>SBOM: مكوّن واحد.</numerusform>
            <numerusform>SBOM: مكوّنان.</numerusform>
            <numerusform>SBOM: %n مكوّنات.</numerusform>
            <numerusform>SBOM: %n مكوّناً.</numerusform>
            <numerusform>SBOM: %n مكوّن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="64" />
        <source>No SBOM.</source>
        <translation>لا يوجد SBOM.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bundle_tools.py" line="66" />
        <source>Verified {0} {1} ({2}, classified {3}): signed by {4} '{5}' key(s); every file matches its signed hash. {6} Nothing was imported.</source>
        <translation>تم التحقق من {0} {1} ({2}، مصنّف {3}): موقّع بـ {4} مفتاح '{5}'؛ كل ملف يطابق تجزئته الموقّعة. {6} لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="147" />
        <source>Verify the backup</source>
        <translation>التحقق من النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="148" />
        <source>Every file is checked against the signed manifest; nothing is written.</source>
        <translation>يُتحقق من كل ملف مقابل البيان الموقّع؛ لا يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="151" />
        <source>Audit verifier key you recorded (optional)</source>
        <translation>مفتاح التحقق من التدقيق الذي سجّلته (اختياري)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="152" />
        <source>airlock/…+…+… (optional: the key line `airlock audit key` printed)</source>
        <translation>airlock/…+…+… (اختياري: سطر المفتاح الذي طبعه `airlock audit key`)</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="153" />
        <source>Check &amp;again</source>
        <translation>التحقق مجدداً</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="158" />
        <source>Verification progress</source>
        <translation>تقدّم التحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="162" />
        <source>Pinned &amp;key:</source>
        <translation>المفتاح المثبّت:</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="181" />
        <source>Checking {0}…</source>
        <translation>جارٍ التحقق من {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="198" />
        <source>The backup verifies: made {0}, {1}, every hash matches. It is signed by the audit key with the fingerprint {2}; compare it with the one you recorded for this appliance.</source>
        <translation>تم التحقق من النسخة الاحتياطية: أُنشئت في {0}، {1}، وكل بصمة مطابقة. إنها موقّعة بمفتاح التدقيق ذي البصمة {2}؛ قارنها بالبصمة التي سجّلتها لهذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="209" />
        <source>The check was stopped.</source>
        <translation>أُوقف التحقق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/restore_wizard.py" line="212" />
        <source>This backup cannot be restored: {0}
What to do: {1}</source>
        <translation>لا يمكن استعادة هذه النسخة الاحتياطية: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>WindowScheduler</name>
    <message numerus="yes">
        <location filename="../../app/gui/scheduler.py" line="100" />
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
            <numerusform>المهام المجدولة التي عملت: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/scheduler.py" line="109" />
        <source>Scheduled work failed: {0}</source>
        <translation>فشل العمل المجدول: {0}</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="141" />
        <source>Writing the export</source>
        <translation>جارٍ كتابة التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="144" />
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="162" />
        <source>Sealing a fresh checkpoint and writing entries…</source>
        <translation>جارٍ ختم نقطة تحقق جديدة وكتابة القيود…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="180" />
        <source>Wrote {0} and {1} to {2}.
Verifier key fingerprint: {3}</source>
        <translation>كُتب {0} و{1} في {2}.
بصمة مفتاح التحقق: {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sections/audit.py" line="181" />
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
        <location filename="../../app/gui/sections/audit.py" line="182" />
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
        <location filename="../../app/gui/sections/audit.py" line="191" />
        <source>The export was not written: {0}
What to do: {1}</source>
        <translation>لم يُكتب التصدير: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>_NodeDialog</name>
    <message>
        <location filename="../../app/gui/node_actions.py" line="52" />
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location filename="../../app/gui/node_actions.py" line="75" />
        <source>{0}: {1}
What to do: {2}</source>
        <translation>{0}: {1}
ما العمل: {2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="19" />
        <source>A '{key_role}' key's signature does not match bundle.json (altered after signing?); it has {valid} of the {threshold} valid '{role}' signatures it needs.</source>
        <translation>توقيع مفتاح من الدور '{key_role}' لا يطابق bundle.json (هل عُدّل بعد التوقيع؟)؛ ولا يحمل سوى {valid} من أصل {threshold} من تواقيع الدور '{role}' الصالحة المطلوبة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="20" />
        <source>A checkpoint covers {covered} entries but only {present} exist: entries were removed.</source>
        <translation>تغطي نقطة تحقق {covered} قيداً لكن لا يوجد إلا {present}: حُذفت قيود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="21" />
        <source>A checkpoint needs three lines: origin, tree size and root hash.</source>
        <translation>تحتاج نقطة التحقق إلى ثلاثة أسطر: الأصل وحجم الشجرة وقيمة تجزئة الجذر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="22" />
        <source>A checkpoint root must be a 32-byte SHA-256 hash.</source>
        <translation>يجب أن يكون جذر نقطة التحقق قيمة تجزئة SHA-256 من 32 بايت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="23" />
        <source>A checkpoint seals {sealed} entries but only {count} were given: entries are missing from the log.</source>
        <translation>تختم نقطة تحقق {sealed} قيداً لكن لم يُقدَّم منها سوى {count}: هناك قيود مفقودة من السجل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="24" />
        <source>A checkpoint to export does not verify: {problem}</source>
        <translation>نقطة تحقق مطلوب تصديرها لا تجتاز التحقق: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="25" />
        <source>A classification level is listed twice.</source>
        <translation>أحد مستويات التصنيف مذكور مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="26" />
        <source>A command over the management key failed on {node}: {output}.</source>
        <translation>فشل أمر عبر مفتاح الإدارة على {node}: {output}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="27" />
        <source>A consistency proof between these sizes must be empty.</source>
        <translation>يجب أن يكون برهان الاتساق بين هذين الحجمين فارغاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="28" />
        <source>A database already exists at {path}.</source>
        <translation>توجد قاعدة بيانات بالفعل في {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="29" />
        <source>A key slot is damaged: its sealed data key does not open.</source>
        <translation>إحدى خانات المفاتيح تالفة: لا يُفتح مفتاح البيانات المختوم فيها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="30" />
        <source>A key slot uses Argon2id parameters below the safe minimum; refusing it.</source>
        <translation>تستخدم إحدى خانات المفاتيح معاملات Argon2id أدنى من الحد الآمن؛ لذا رُفضت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="31" />
        <source>A leaf hash must be {size} bytes, not {length}.</source>
        <translation>يجب أن تكون قيمة تجزئة الورقة {size} بايت، لا {length}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="32" />
        <source>A media root must be a folder: {paths} is not one.</source>
        <translation>يجب أن يكون جذر الوسائط مجلداً: {paths} ليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="33" />
        <source>A model bundle needs {options}.</source>
        <translation>تحتاج حزمة النموذج إلى {options}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="34" />
        <source>A node has one relay: narrow the pattern, or remove the other relay first.</source>
        <translation>للعقدة مُرحِّل واحد: ضيّق النمط، أو أزل المُرحِّل الآخر أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="35" />
        <source>A node named {name} is enrolled already.</source>
        <translation>توجد عقدة مسجلة باسم {name} بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="36" />
        <source>A playbooks bundle is run, not deployed: `airlock run BUNDLE/PLAYBOOK --limit PATTERN`.</source>
        <translation>حزمة الـ playbooks تُشغَّل ولا تُنشر: `airlock run BUNDLE/PLAYBOOK --limit PATTERN`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="37" />
        <source>A published version never changes; ask the publisher for a new version.</source>
        <translation>الإصدار المنشور لا يتغير أبداً؛ اطلب من الناشر إصداراً جديداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="38" />
        <source>A reason cannot be required for: {actions}.</source>
        <translation>لا يمكن اشتراط سبب لـ: {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="39" />
        <source>A reason is required ({option}).</source>
        <translation>السبب مطلوب ({option}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="40" />
        <source>A relay cannot serve every node.</source>
        <translation>لا يمكن لمُرحِّل أن يخدم كل العقد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="41" />
        <source>A removed account does not come back; add a new one under another name.</source>
        <translation>الحساب المُزال لا يعود؛ أضف حساباً جديداً باسم آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="42" />
        <source>A role may only own its own namespace.</source>
        <translation>لا يجوز للدور أن يملك إلا نطاق أسمائه الخاص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="43" />
        <source>A rotation must be approved by the current root key holders.</source>
        <translation>يجب أن يوافق حاملو مفاتيح الجذر الحاليون على التدوير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="44" />
        <source>A schedule runs at most once a minute and at least once a year; {duration} is outside that.</source>
        <translation>تعمل الجدولة مرة في الدقيقة على الأكثر ومرة في السنة على الأقل؛ و{duration} خارج ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="45" />
        <source>A signer key must read 'PRIVATE+KEY+name+keyid+key'.</source>
        <translation>يجب أن يكون مفتاح التوقيع بالصيغة 'PRIVATE+KEY+name+keyid+key'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="46" />
        <source>A stored checkpoint does not verify: {problem}</source>
        <translation>نقطة تحقق مخزّنة لا تجتاز التحقق: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="47" />
        <source>A tree hash must be {size} bytes, not {length}.</source>
        <translation>يجب أن تكون قيمة تجزئة الشجرة {size} بايت، لا {length}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="48" />
        <source>A trust root is pinned already.</source>
        <translation>يوجد جذر ثقة مثبت بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="49" />
        <source>A verifier key must read 'name+keyid+key' (three parts joined by '+').</source>
        <translation>يجب أن يكون مفتاح التحقق بالصيغة 'name+keyid+key' (ثلاثة أجزاء يربط بينها '+').</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="50" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="51" />
        <source>Acknowledged</source>
        <translation>أُقرّ به</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="52" />
        <source>Acknowledgement note</source>
        <translation>ملاحظة الإقرار</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="53" />
        <source>Actions, newest first</source>
        <translation>الإجراءات، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="54" />
        <source>Add or enable another admin first.</source>
        <translation>أضف مديراً آخر أو فعّله أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="55" />
        <source>Add them to `airlock bundle build`; they are signed with the bundle and shown before every deployment.</source>
        <translation>أضفها إلى `airlock bundle build`؛ فهي تُوقَّع مع الحزمة وتُعرض قبل كل نشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="56" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="57" />
        <source>After an upgrade, let the content store's encryption finish (`airlock store reseal`); otherwise run `airlock bundle check-store`.</source>
        <translation>بعد الترقية، دع تشفير مخزن المحتوى يكتمل (`airlock store reseal`)؛ وإلا فشغّل `airlock bundle check-store`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="58" />
        <source>Airlock only uses passphrase-protected keys.</source>
        <translation>لا يستخدم Airlock إلا مفاتيح محمية بعبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="59" />
        <source>Airlock refuses older versions; import a newer one.</source>
        <translation>يرفض Airlock الإصدارات الأقدم؛ استورد إصداراً أحدث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="60" />
        <source>Airlock {version} is installed and checked</source>
        <translation>تم تثبيت Airlock {version} والتحقق منه</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="61" />
        <source>Airlock {version} is not newer than the installed {current}: a downgrade is refused.</source>
        <translation>Airlock {version} ليس أحدث من الإصدار المثبت {current}: الرجوع إلى إصدار أقدم مرفوض.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="62" />
        <source>Airlock {version} needs Debian packages this machine lacks: {packages}.</source>
        <translation>يحتاج Airlock {version} إلى حزم Debian غير موجودة على هذا الجهاز: {packages}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="63" />
        <source>Airlock {version} runs again</source>
        <translation>يعمل Airlock {version} من جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="64" />
        <source>Alarm</source>
        <translation>الإنذار</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="65" />
        <source>Alarm {alarm} cleared at {when}; there is nothing left to acknowledge.</source>
        <translation>زال الإنذار {alarm} في {when}؛ لم يبقَ ما يُقَرّ به.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="66" />
        <source>Alarm {alarm} was acknowledged by {who} at {when}: {note}</source>
        <translation>أقرّ {who} بالإنذار {alarm} في {when}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="67" />
        <source>Alarms and how they were handled</source>
        <translation>الإنذارات وكيف عولجت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="68" />
        <source>Alarms, open ones first</source>
        <translation>الإنذارات، المفتوحة أولاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="69" />
        <source>All {total} rows are in {file}.</source>
        <translation>كل الصفوف وعددها {total} موجودة في {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="70" />
        <source>An account named {name} exists already.</source>
        <translation>يوجد حساب باسم {name} بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="71" />
        <source>An admin must check it and run `airlock node repin {node}`.</source>
        <translation>على المدير فحصها وتشغيل `airlock node repin {node}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="72" />
        <source>An admin must check the node and run `airlock node repin`.</source>
        <translation>يجب على المدير فحص العقدة وتشغيل `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="73" />
        <source>An admin must check the relay and run `airlock node repin {relay}`.</source>
        <translation>على المدير فحص المُرحِّل وتشغيل `airlock node repin {relay}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="74" />
        <source>An admin must check them and run `airlock node repin`, or leave their nodes out.</source>
        <translation>على المدير فحصها وتشغيل `airlock node repin`، أو استبعاد عقدها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="75" />
        <source>An admin must check them and run `airlock node repin`, or leave them out.</source>
        <translation>يجب أن يتحقق منها مدير ويشغّل `airlock node repin`، أو استبعدها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="76" />
        <source>An admin must check them and run `airlock node repin`.</source>
        <translation>يجب على المدير فحصها وتشغيل `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="77" />
        <source>An admin must narrow the relays' patterns (`airlock relay list` shows them).</source>
        <translation>على المدير تضييق أنماط المُرحِّلات (يعرضها `airlock relay list`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="78" />
        <source>An admin must re-pin them with `airlock node repin`.</source>
        <translation>يجب على المدير إعادة تثبيتها بالأمر `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="79" />
        <source>An admin must run `airlock trust init ROOT_JSON --fingerprint SHA256:...` first.</source>
        <translation>يجب أن يشغّل مدير `airlock trust init ROOT_JSON --fingerprint SHA256:...` أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="80" />
        <source>An app bundle updates Airlock itself: `airlock app update NAME@VERSION`.</source>
        <translation>حزمة app تحدّث Airlock نفسه: `airlock app update NAME@VERSION`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="81" />
        <source>An audit entry must be written inside the action's transaction.</source>
        <translation>يجب أن يُكتب قيد التدقيق داخل معاملة الإجراء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="82" />
        <source>An update of Airlock is in progress.</source>
        <translation>تحديث Airlock جارٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="83" />
        <source>Another Airlock process is using {path}.</source>
        <translation>عملية Airlock أخرى تستخدم {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="84" />
        <source>Another Airlock session has this vault open.</source>
        <translation>جلسة Airlock أخرى تفتح هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="85" />
        <source>Another admin must do it.</source>
        <translation>يجب أن يفعل ذلك مدير آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="86" />
        <source>Another backup is being written to {path} right now.</source>
        <translation>تُكتب نسخة احتياطية أخرى إلى {path} الآن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="87" />
        <source>Another process is updating Airlock right now.</source>
        <translation>عملية أخرى تحدّث Airlock الآن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="88" />
        <source>Approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="89" />
        <source>Ask a second operator to approve.</source>
        <translation>اطلب من مشغّل آخر أن يوافق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="90" />
        <source>Ask an account with the right role to do it.</source>
        <translation>اطلب ذلك من حساب له الدور المناسب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="91" />
        <source>Ask an admin about your account.</source>
        <translation>اسأل مديراً عن حسابك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="92" />
        <source>Ask an admin to enable it (`airlock account enable NAME`).</source>
        <translation>اطلب من مدير تفعيله (`airlock account enable NAME`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="93" />
        <source>Ask the publisher for a bundle made by `make release`.</source>
        <translation>اطلب من الناشر حزمة مصنوعة بواسطة `make release`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="94" />
        <source>Ask the publisher for a bundle whose playbooks run only on nodes, with ansible-core's builtin modules.</source>
        <translation>اطلب من الناشر حزمة لا تعمل كتب التشغيل فيها إلا على العُقد، بوحدات ansible-core المدمجة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="95" />
        <source>Ask the publisher for a bundle with a valid SBOM.</source>
        <translation>اطلب من الناشر حزمة ذات SBOM صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="96" />
        <source>Ask the publisher for a new bundle.</source>
        <translation>اطلب من الناشر حزمة جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="97" />
        <source>Ask the publisher for a re-signed bundle, or check the clock.</source>
        <translation>اطلب من الناشر حزمة مُعاد توقيعها، أو تحقق من الساعة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="98" />
        <source>Ask the root key holders for a rotated trust root.</source>
        <translation>اطلب من حاملي مفاتيح الجذر جذر ثقة مُدوَّراً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="99" />
        <source>At most {limit} rows; the entries CSV has every one.</source>
        <translation>{limit} صف على الأكثر؛ ملف CSV للقيود يحويها كلها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="100" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="101" />
        <source>Audit entries written</source>
        <translation>كُتبت قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="102" />
        <source>Audit entry seq {seq} holds a newline; it is not canonical.</source>
        <translation>يحتوي قيد التدقيق seq {seq} على محرف سطر جديد؛ فهو ليس بالصيغة المعيارية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="103" />
        <source>Audit report</source>
        <translation>تقرير التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="104" />
        <source>Available from bundles: {playbooks}.</source>
        <translation>المتاح من الحزم: {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="105" />
        <source>Available: none.</source>
        <translation>المتاح: لا شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="106" />
        <source>Available: {playbooks}.</source>
        <translation>المتاح: {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="107" />
        <source>Backing up the database</source>
        <translation>نسخ قاعدة البيانات احتياطياً</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="108" />
        <source>Before</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="109" />
        <source>Build it from a flat apt repository (dpkg-scanpackages . &gt; Packages).</source>
        <translation>ابنِها من مستودع apt مسطّح (dpkg-scanpackages . &gt; Packages).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="110" />
        <source>Build it with one version of each package.</source>
        <translation>ابنِها بإصدار واحد من كل رزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="111" />
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="112" />
        <source>Bundle type</source>
        <translation>نوع الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="113" />
        <source>Bundle version</source>
        <translation>إصدار الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="114" />
        <source>Bundle {bundle} expired on {day}; import a newer version.</source>
        <translation>انتهت صلاحية الحزمة {bundle} في {day}؛ استورد إصداراً أحدث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="115" />
        <source>Bundle {bundle} expires on {day}; import a newer version before then.</source>
        <translation>تنتهي صلاحية الحزمة {bundle} في {day}؛ استورد إصداراً أحدث قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="116" />
        <source>Bundles of type {bundle_type} are not deployed to nodes.</source>
        <translation>لا تُنشر الحزم من النوع {bundle_type} على العقد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="117" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="118" />
        <source>By account</source>
        <translation>حسب الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="119" />
        <source>By action</source>
        <translation>حسب الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="120" />
        <source>By classification</source>
        <translation>حسب التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="121" />
        <source>Cannot back up: {path} is not a folder.</source>
        <translation>تعذّر النسخ الاحتياطي: {path} ليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="122" />
        <source>Cannot decrypt {path}: wrong passphrase, or not a private key file.</source>
        <translation>يتعذر فك تشفير {path}: عبارة المرور خاطئة أو الملف ليس ملف مفتاح خاص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="123" />
        <source>Cannot export the audit trail: {path} is not a directory.</source>
        <translation>تعذّر تصدير سجل التدقيق: {path} ليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="124" />
        <source>Cannot open {file} on the medium: {error}.</source>
        <translation>يتعذر فتح {file} على الوسيط: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="125" />
        <source>Cannot prove tree size {old_size} consistent with the smaller size {new_size}.</source>
        <translation>لا يمكن إثبات اتساق حجم الشجرة {old_size} مع الحجم الأصغر {new_size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="126" />
        <source>Cannot read root file {path}: {error}.</source>
        <translation>تعذّرت قراءة ملف الجذر {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="127" />
        <source>Cannot read targets file {path}: {error}.</source>
        <translation>تعذّرت قراءة ملف الأهداف {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="128" />
        <source>Cannot read the private key file {path}: {error}.</source>
        <translation>تتعذر قراءة ملف المفتاح الخاص {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="129" />
        <source>Cannot read the public key file {path}: {error}.</source>
        <translation>تتعذر قراءة ملف المفتاح العام {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="130" />
        <source>Cannot read {file} of the backup: {error}.</source>
        <translation>تعذّرت قراءة {file} من النسخة الاحتياطية: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="131" />
        <source>Cannot write {path}: {folder} is not a folder.</source>
        <translation>لا يمكن كتابة {path}: ‏{folder} ليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="132" />
        <source>Change the node instead (airlock node enroll ... --var).</source>
        <translation>عدّل العقدة بدلاً من ذلك (airlock node enroll ... --var).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="133" />
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="134" />
        <source>Check `airlock node list` and the --limit pattern.</source>
        <translation>تحقق من `airlock node list` ومن نمط --limit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="135" />
        <source>Check both and try again.</source>
        <translation>تحقق من كليهما وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="136" />
        <source>Check its Packages index.</source>
        <translation>تحقق من فهرس Packages الخاص بها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="137" />
        <source>Check that ansible-playbook, ssh-agent and ssh are installed.</source>
        <translation>تحقق من تثبيت ansible-playbook و ssh-agent و ssh.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="138" />
        <source>Check that openssh-client is installed.</source>
        <translation>تحقق من تثبيت openssh-client.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="139" />
        <source>Check that python3 is installed on the node and its free space; deploy again.</source>
        <translation>تحقق من تثبيت python3 على العقدة ومن مساحتها الحرة؛ ثم أعد النشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="140" />
        <source>Check that python3 is installed on the node.</source>
        <translation>تحقق من تثبيت python3 على العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="141" />
        <source>Check that the address points at an SSH server.</source>
        <translation>تحقق من أن العنوان يشير إلى خادم SSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="142" />
        <source>Check that the file is complete.</source>
        <translation>تحقق من أن الملف كامل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="143" />
        <source>Check that the medium is mounted and readable.</source>
        <translation>تأكد من أن الوسيط مركّب وقابل للقراءة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="144" />
        <source>Check the account and the credential given.</source>
        <translation>تحقق من الحساب ومن بيانات الاعتماد المقدَّمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="145" />
        <source>Check the account name and passphrase and try again.</source>
        <translation>تحقق من اسم الحساب وعبارة المرور ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="146" />
        <source>Check the account's shell on the node.</source>
        <translation>تحقق من shell الحساب على العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="147" />
        <source>Check the address, the port and that sshd runs on the node.</source>
        <translation>تحقق من العنوان والمنفذ ومن أن sshd يعمل على العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="148" />
        <source>Check the address, the port and that sshd runs on the node; the relay's sshd must allow TCP forwarding for the management account.</source>
        <translation>تحقق من العنوان والمنفذ ومن أن sshd يعمل على العقدة؛ يجب أن يسمح sshd على المُرحِّل بتمرير TCP لحساب الإدارة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="151" />
        <source>Check the data disk (dmesg), then retry.</source>
        <translation>افحص قرص البيانات (dmesg) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="152" />
        <source>Check the data disk (dmesg); `airlock bundle check-store` checks every object.</source>
        <translation>افحص قرص البيانات (dmesg)؛ يتحقق `airlock bundle check-store` من كل كائن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="153" />
        <source>Check the data disk has space and is healthy, then restore again.</source>
        <translation>تأكد من أن قرص البيانات فيه مساحة وسليم، ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="154" />
        <source>Check the file.</source>
        <translation>تحقق من الملف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="155" />
        <source>Check the folder is writable and has space.</source>
        <translation>تحقق من أن المجلد قابل للكتابة وأن فيه مساحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="156" />
        <source>Check the free space of the installation's disk, then try again.</source>
        <translation>تحقق من المساحة الحرة على قرص التثبيت، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="157" />
        <source>Check the installation's disk, then try again.</source>
        <translation>تحقق من قرص التثبيت، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="158" />
        <source>Check the key on the node's console with `ssh-keygen -lf` before re-pinning.</source>
        <translation>تحقق من المفتاح على طرفية العقدة بالأمر `ssh-keygen -lf` قبل إعادة التثبيت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="159" />
        <source>Check the medium and retry.</source>
        <translation>تحقق من الوسيط وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="160" />
        <source>Check the medium is mounted and healthy, then back up again.</source>
        <translation>تأكد من أن الوسيط مركّب وسليم، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="161" />
        <source>Check the medium is mounted, writable and has space.</source>
        <translation>تأكد من أن الوسيط مربوط وقابل للكتابة وفيه مساحة كافية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="162" />
        <source>Check the medium.</source>
        <translation>تحقق من الوسيط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="163" />
        <source>Check the node and that it accepts the management key; deploy again to resume.</source>
        <translation>تحقق من العقدة ومن قبولها مفتاح الإدارة؛ ثم أعد النشر للاستئناف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="164" />
        <source>Check the node and the network, then try again.</source>
        <translation>تحقق من العقدة والشبكة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="165" />
        <source>Check the node's airlock_root variable.</source>
        <translation>تحقق من المتغير airlock_root للعقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="166" />
        <source>Check the node's free space and airlock_root; deploy again to resume.</source>
        <translation>تحقق من المساحة الحرة على العقدة ومن airlock_root؛ ثم أعد النشر للاستئناف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="167" />
        <source>Check the passphrase and the file.</source>
        <translation>تحقق من عبارة المرور ومن الملف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="168" />
        <source>Check the path and the medium.</source>
        <translation>تحقق من المسار والوسيط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="169" />
        <source>Check the path.</source>
        <translation>تحقق من المسار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="170" />
        <source>Check the relay (`airlock relay list`); deploy again to resume.</source>
        <translation>تحقق من المُرحِّل (`airlock relay list`)؛ انشر مجدداً للاستئناف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="171" />
        <source>Check the relay and that it accepts the management key.</source>
        <translation>تحقق من المُرحِّل ومن قبوله مفتاح الإدارة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="172" />
        <source>Check the relay first (`airlock relay list`).</source>
        <translation>تحقق من المُرحِّل أولاً (`airlock relay list`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="173" />
        <source>Check the vault's management key (`airlock node key`).</source>
        <translation>تحقق من مفتاح الإدارة في الخزنة (`airlock node key`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="174" />
        <source>Checking every file of the backup</source>
        <translation>التحقق من كل ملف في النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="175" />
        <source>Checkpoint text must not hold empty lines.</source>
        <translation>يجب ألا يحتوي نص نقطة التحقق على أسطر فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="176" />
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="177" />
        <source>Choose a longer passphrase.</source>
        <translation>اختر عبارة مرور أطول.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="178" />
        <source>Choose a node the appliance reaches directly.</source>
        <translation>اختر عقدة يصل إليها الجهاز مباشرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="179" />
        <source>Choose a period from 1m to 366d.</source>
        <translation>اختر فترة من 1m إلى 366d.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="180" />
        <source>Choose an approver with that role.</source>
        <translation>اختر موافِقاً له هذا الدور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="181" />
        <source>Choose an empty data directory.</source>
        <translation>اختر مجلد بيانات فارغاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="182" />
        <source>Choose another --out; Airlock never overwrites a key.</source>
        <translation>اختر قيمة أخرى لـ --out؛ لا يستبدل Airlock أي مفتاح أبداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="183" />
        <source>Choose another directory or remove the old export.</source>
        <translation>اختر مجلداً آخر أو احذف التصدير القديم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="184" />
        <source>Choose another directory.</source>
        <translation>اختر مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="185" />
        <source>Choose another name, or remove the old node first.</source>
        <translation>اختر اسماً آخر أو أزل العقدة القديمة أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="186" />
        <source>Choose another name.</source>
        <translation>اختر اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="187" />
        <source>Choose from: {actions}.</source>
        <translation>اختر من بين: {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="188" />
        <source>Choose nodes cleared for {classification} or higher (levels, least sensitive first: {levels}), or have an admin raise a node's clearance label.</source>
        <translation>اختر عقداً مصرّحاً لها بـ {classification} أو أعلى (المستويات من الأقل حساسية: {levels})، أو اطلب من مدير رفع وسم clearance للعقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="189" />
        <source>Choose one of at least 8 characters (a few words are best).</source>
        <translation>اختر عبارة من 8 أحرف على الأقل (والأفضل بضع كلمات).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="190" />
        <source>Choose one of: {kinds}.</source>
        <translation>اختر واحداً من: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="191" />
        <source>Choose one of: {levels}.</source>
        <translation>اختر واحداً من: {levels}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="192" />
        <source>Choose one of: {names}.</source>
        <translation>اختر واحداً مما يلي: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="193" />
        <source>Choose one of: {playbooks}.</source>
        <translation>اختر واحداً مما يلي: {playbooks}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="194" />
        <source>Choose one of: {roles}.</source>
        <translation>اختر واحداً من: {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="195" />
        <source>Choose text or jsonl.</source>
        <translation>اختر text أو jsonl.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="196" />
        <source>Chunk {index} of stored object {object} does not authenticate (altered, moved or from another object).</source>
        <translation>الجزء {index} من الكائن المخزَّن {object} لا تثبت صحته (معدَّل أو منقول أو من كائن آخر).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="197" />
        <source>Chunk {seq} of job {job}'s output is missing from the vault.</source>
        <translation>الجزء {seq} من مخرجات المهمة {job} مفقود من الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="198" />
        <source>Classification level</source>
        <translation>مستوى التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="199" />
        <source>Classification level {level} is not a valid name.</source>
        <translation>مستوى التصنيف {level} ليس اسماً صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="200" />
        <source>Clearance</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="201" />
        <source>Clearance is the node's clearance label when the report was written. Why is the reason the operator gave.</source>
        <translation>التصريح هو وسم تصريح العقدة عند كتابة التقرير. ولماذا هو السبب الذي ذكره المشغّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="202" />
        <source>Cleared</source>
        <translation>زال</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="203" />
        <source>Close the desktop application and other airlock commands on it, then restore again.</source>
        <translation>أغلق تطبيق سطح المكتب وأوامر airlock الأخرى التي تستخدمه، ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="204" />
        <source>Close the desktop application and other airlock commands, then run rekey again.</source>
        <translation>أغلق تطبيق سطح المكتب وأوامر airlock الأخرى ثم شغّل rekey مجدداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="205" />
        <source>Close the desktop application and other airlock commands, then try again.</source>
        <translation>أغلق تطبيق سطح المكتب وأوامر airlock الأخرى، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="206" />
        <source>Collect the missing signatures.</source>
        <translation>اجمع التواقيع الناقصة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="207" />
        <source>Collect the new root key holders' signatures too.</source>
        <translation>اجمع أيضاً تواقيع حاملي مفاتيح الجذر الجديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="208" />
        <source>Compare it with `ssh-keygen -lf` on the node's console, then confirm or pass --fingerprint.</source>
        <translation>قارنه بناتج `ssh-keygen -lf` على طرفية العقدة، ثم أكّده أو مرّر --fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="209" />
        <source>Configure the node's sshd with an Ed25519, ECDSA or RSA host key.</source>
        <translation>اضبط sshd على العقدة بمفتاح مضيف من نوع Ed25519 أو ECDSA أو RSA.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="210" />
        <source>Connections to it are stopped; an admin must check the node and run `airlock node repin`.</source>
        <translation>أُوقف كل اتصال بها؛ يجب على المدير فحص العقدة وتشغيل `airlock node repin`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="211" />
        <source>Contacting {address}:{port}</source>
        <translation>الاتصال بـ {address}:{port}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="212" />
        <source>Copying the content store</source>
        <translation>نسخ مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="213" />
        <source>Copying the vault</source>
        <translation>نسخ الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="214" />
        <source>Cordoned nodes take no deployment and no job but facts and health: {nodes}.</source>
        <translation>العقد المعزولة لا تستقبل أي نشر ولا أي مهمة سوى facts وhealth: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="215" />
        <source>Cordoned nodes, and nodes reached through a cordoned relay, take no deployment and no job but facts and health: {nodes}.</source>
        <translation>العقد المعزولة، والعقد التي يُوصَل إليها عبر مُرحِّل معزول، لا تستقبل أي نشر ولا أي مهمة سوى facts وhealth: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="216" />
        <source>Could not disable password login on {node}: exit status {status}.</source>
        <translation>تعذّر تعطيل الدخول بكلمة المرور على {node}: رمز الخروج {status}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="217" />
        <source>Could not disable password login on {node}: {output}.</source>
        <translation>تعذّر تعطيل الدخول بكلمة المرور على {node}: {output}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="218" />
        <source>Could not reach relay {relay} at {address}:{port}: {error}.</source>
        <translation>تعذّر الوصول إلى المُرحِّل {relay} على {address}:{port}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="219" />
        <source>Could not reach {node} at {address}:{port}: ssh failed.</source>
        <translation>تعذّر الوصول إلى {node} على {address}:{port}: فشل ssh.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="220" />
        <source>Could not reach {node} at {address}:{port}: {error}.</source>
        <translation>تعذّر الوصول إلى {node} على {address}:{port}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="221" />
        <source>Could not reach {node} through relay {relay}: {error}</source>
        <translation>تعذّر الوصول إلى {node} عبر المُرحِّل {relay}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="222" />
        <source>Could not read the bootstrap key {path}: {error}.</source>
        <translation>تعذّرت قراءة مفتاح التمهيد {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="223" />
        <source>Could not start ssh to {node}.</source>
        <translation>تعذّر تشغيل ssh إلى {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="224" />
        <source>Could not write the audit export in {directory}: {error}.</source>
        <translation>تعذّرت كتابة تصدير التدقيق في {directory}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="225" />
        <source>Could not write the audit export to {path}: {error}.</source>
        <translation>تعذّرت كتابة تصدير التدقيق إلى {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="226" />
        <source>Could not write the audit export {path}: {error}.</source>
        <translation>تعذّرت كتابة تصدير التدقيق {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="227" />
        <source>Could not write {path}: {error}.</source>
        <translation>تعذرت كتابة {path}: ‏{error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="228" />
        <source>Create it (on the signer's own medium), or choose another --out.</source>
        <translation>أنشئه (على وسيط الموقِّع نفسه)، أو اختر --out آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="229" />
        <source>DCGM is not installed; dcgmi diag was skipped.</source>
        <translation>DCGM غير مثبت؛ لم يُشغَّل dcgmi diag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="230" />
        <source>Degraded and unhealthy checks in the period</source>
        <translation>الفحوص المتدهورة وغير السليمة في الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="231" />
        <source>Deploy a model or an update bundle.</source>
        <translation>انشر حزمة نموذج أو حزمة تحديث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="232" />
        <source>Deploy again; the transfer resumes.</source>
        <translation>أعد النشر؛ يُستأنف النقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="233" />
        <source>Deploy the older update bundle's packages in a newer bundle instead.</source>
        <translation>انشر بدلاً من ذلك الحزم البرمجية لحزمة التحديث الأقدم ضمن حزمة أحدث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="234" />
        <source>Deploy the relay wheelhouse with the relay playbook first: airlock deploy NAME --to {relay} --playbook relay.</source>
        <translation>انشر أولاً حزمة عجلات المُرحِّل بدليل التشغيل relay: airlock deploy NAME --to {relay} --playbook relay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="235" />
        <source>Deployments</source>
        <translation>عمليات النشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="236" />
        <source>Deployments report</source>
        <translation>تقرير عمليات النشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="237" />
        <source>Did not succeed</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="238" />
        <source>Disabling password login</source>
        <translation>تعطيل تسجيل الدخول بكلمة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="239" />
        <source>Disk space was not measured.</source>
        <translation>لم تُقَس مساحة القرص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="240" />
        <source>Do not enrol it; check on the node's console with `ssh-keygen -lf` which key it has.</source>
        <translation>لا تسجّلها؛ تحقق من طرفية العقدة بالأمر `ssh-keygen -lf` من المفتاح الذي لديها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="241" />
        <source>Do not pin it: get the root from its publisher again and compare on paper.</source>
        <translation>لا تثبّته: احصل على الجذر من ناشره مجدداً وقارن بالورقة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="242" />
        <source>Do not restore it; report it to your security officer.</source>
        <translation>لا تستعدها؛ أبلغ مسؤول الأمن لديك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="243" />
        <source>Do not use this bundle; ask the publisher for a new copy.</source>
        <translation>لا تستخدم هذه الحزمة؛ اطلب من الناشر نسخة جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="244" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="245" />
        <source>Drain the node and have the GPU at {pci} serviced; it needs a reboot at least.</source>
        <translation>أفرغ العقدة واطلب صيانة الـ GPU في {pci}؛ يحتاج إلى إعادة تشغيل على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="246" />
        <source>Drain the node and reboot it (the GPU at {pci} asks for it).</source>
        <translation>أفرغ العقدة وأعد تشغيلها (يطلب ذلك الـ GPU في {pci}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="247" />
        <source>Drain the work from the GPU at {pci}, then reset it (nvidia-smi -r).</source>
        <translation>أفرغ الـ GPU في {pci} من العمل، ثم أعد تعيينه (nvidia-smi -r).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="248" />
        <source>Either set it or remove it.</source>
        <translation>إما أن تضبطه أو تزيله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="249" />
        <source>Encrypting the content store</source>
        <translation>تشفير مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="250" />
        <source>Enrol it without the clearance label, then raise it with `airlock node label {name} clearance={level}` and a second admin's approval.</source>
        <translation>سجّله دون وسم التصريح، ثم ارفعه باستخدام `airlock node label {name} clearance={level}` وبموافقة مسؤول ثانٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="251" />
        <source>Enrol the relay first: airlock node enroll {name} ...</source>
        <translation>سجّل المُرحِّل أولاً: airlock node enroll {name} ...</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="252" />
        <source>Enrolling {name} with clearance {level} raises its clearance, which is under dual control.</source>
        <translation>تسجيل {name} بتصريح {level} يرفع تصريحه، وهذا خاضع للتحكم المزدوج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="253" />
        <source>Enrolment needs a bootstrap key or a bootstrap password.</source>
        <translation>يتطلب التسجيل مفتاح تمهيد أو كلمة مرور تمهيد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="254" />
        <source>Enrolment was cancelled; nothing was changed.</source>
        <translation>أُلغي التسجيل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="255" />
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="256" />
        <source>Every change, in order</source>
        <translation>كل تغيير، بالترتيب</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="257" />
        <source>Every check in the period found its node healthy.</source>
        <translation>وجد كل فحص في الفترة عقدته سليمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="258" />
        <source>Every entry of the period</source>
        <translation>كل قيد في الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="259" />
        <source>Every job in the period succeeded.</source>
        <translation>نجحت كل مهمة في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="260" />
        <source>Every node, least healthy first</source>
        <translation>كل عقدة، الأقل سلامة أولاً</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="261" />
        <source>Every selected node is cordoned.</source>
        <translation>كل العقد المختارة معزولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="262" />
        <source>Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})، وهي غير متأخرة عن أحدث وقت توقيع سبق استيراده ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="263" />
        <source>Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})؛ ولا يفرض أي استيراد سابق حداً أدنى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="264" />
        <source>Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>فُحص انتهاء الصلاحية مقابل {floor}، وهو أحدث وقت توقيع سبق استيراده، لأن ساعة النظام ({system}) متأخرة عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="265" />
        <source>Extra variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>يحتوي المتغير الإضافي {name} على صيغة قالب ({marker})؛ يمرّر Airlock القيم إلى Ansible نصًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="266" />
        <source>Extra variable {variable} is longer than {limit} characters.</source>
        <translation>المتغير الإضافي {variable} أطول من {limit} حرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="267" />
        <source>Extra variable {variable} is not KEY=VALUE with a lowercase name.</source>
        <translation>المتغير الإضافي {variable} ليس بالصيغة KEY=VALUE باسم بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="268" />
        <source>Extra variable {variable} is reserved: Airlock sets it from the inventory.</source>
        <translation>المتغير الإضافي {variable} محجوز: يضبطه Airlock من قائمة الجرد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="269" />
        <source>Failed or cancelled</source>
        <translation>فشلت أو أُلغيت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="270" />
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="271" />
        <source>Fix the --role options.</source>
        <translation>صحّح خيارات --role.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="272" />
        <source>Fleet report</source>
        <translation>تقرير الأسطول</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="273" />
        <source>For example --label site=north --label roles=gpu+serving.</source>
        <translation>مثلاً --label site=north --label roles=gpu+serving.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="274" />
        <source>For example --split-size 4G.</source>
        <translation>مثلاً --split-size 4G.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="275" />
        <source>For example -e airlock_root=/srv/airlock.</source>
        <translation>مثلاً -e airlock_root=/srv/airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="276" />
        <source>Forks and timeout must be positive, and the poll interval between 0 and 1 s.</source>
        <translation>يجب أن يكون عدد forks والمهلة موجبين، وفاصل الاستطلاع بين 0 و1 ث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="277" />
        <source>Free space and retry.</source>
        <translation>حرّر مساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="278" />
        <source>Free space in the data directory, then import again.</source>
        <translation>حرّر مساحة في مجلد البيانات ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="279" />
        <source>Free space in the data directory, then try again.</source>
        <translation>حرر مساحة في دليل البيانات، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="280" />
        <source>Free space on that disk (or choose another --data-dir) and run init again: nothing was kept.</source>
        <translation>حرّر مساحة على ذلك القرص (أو اختر --data-dir آخر) ثم شغّل init من جديد: لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="281" />
        <source>Free space on the data folder's disk and rekey again; the old key is still in force.</source>
        <translation>حرّر مساحة على قرص مجلد البيانات ثم أعد تغيير المفتاح؛ المفتاح القديم ما زال ساريًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="282" />
        <source>Free space on the medium (or use a larger one), then back up again.</source>
        <translation>حرّر مساحة على الوسيط (أو استخدم وسيطاً أكبر)، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="283" />
        <source>Free space on the medium (or use a larger one), then back up again; earlier backups on it are as they were.</source>
        <translation>حرّر مساحة على الوسيط (أو استخدم وسيطاً أكبر)، ثم أعد النسخ الاحتياطي؛ النسخ السابقة عليه كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="284" />
        <source>GPU models</source>
        <translation>طرازات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="285" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="286" />
        <source>Give --account NAME (or set AIRLOCK_ACCOUNT).</source>
        <translation>أعطِ --account NAME (أو عيّن AIRLOCK_ACCOUNT).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="287" />
        <source>Give --approver NAME and the approver's passphrase.</source>
        <translation>أعطِ --approver NAME وعبارة مرور الموافِق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="288" />
        <source>Give --from the earlier day and --to the later one.</source>
        <translation>أعطِ ‎--from اليوم الأبكر و‎--to اليوم الأحدث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="289" />
        <source>Give --reason TEXT: a change ticket or a sentence saying why.</source>
        <translation>أعطِ ‎--reason TEXT‎: رقم طلب تغيير أو جملة تقول لماذا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="290" />
        <source>Give --sbom {name} to use the one in SRC_DIR, or rename it.</source>
        <translation>أعطِ --sbom {name} لاستخدام الموجود في SRC_DIR، أو أعد تسميته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="291" />
        <source>Give 0 to never warn, or the days a site may go without a backup.</source>
        <translation>أعطِ 0 لعدم التنبيه أبداً، أو عدد الأيام التي قد يمضيها الموقع دون نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="292" />
        <source>Give KEY=VALUE labels to set, or --remove KEY.</source>
        <translation>أعطِ وسوماً بصيغة KEY=VALUE لضبطها، أو --remove KEY.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="293" />
        <source>Give a change ticket or a sentence saying why, or leave --reason out.</source>
        <translation>أعطِ رقم طلب تغيير أو جملة تقول لماذا، أو احذف ‎--reason‎.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="294" />
        <source>Give a checkpoint from an audit export of this appliance.</source>
        <translation>أعطِ نقطة تحقق من تصدير تدقيق لهذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="295" />
        <source>Give a date as YYYY-MM-DD, or a time as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>أعطِ التاريخ بالشكل YYYY-MM-DD، أو الوقت بالشكل YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="296" />
        <source>Give a file in an existing folder.</source>
        <translation>أعطِ ملفاً في مجلد موجود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="297" />
        <source>Give a number from {low} to {high}.</source>
        <translation>أعطِ رقماً من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="298" />
        <source>Give a plain directory name.</source>
        <translation>أعطِ اسم مجلد بسيطاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="299" />
        <source>Give a version as MAJOR.MINOR.PATCH, for example 1.2.0.</source>
        <translation>أعطِ الإصدار بالشكل MAJOR.MINOR.PATCH، مثلاً 1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="300" />
        <source>Give an OpenSSH private key file.</source>
        <translation>قدّم ملف مفتاح خاص بصيغة OpenSSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="301" />
        <source>Give an SPDX 2.x or CycloneDX 1.x document in JSON.</source>
        <translation>أعطِ مستند SPDX 2.x أو CycloneDX 1.x بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="302" />
        <source>Give an admin's passphrase (--passphrase-file) or --recovery-key-file.</source>
        <translation>أعطِ عبارة مرور مدير (--passphrase-file) أو --recovery-key-file.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="303" />
        <source>Give an empty folder (or one that does not exist yet) with --data-dir.</source>
        <translation>أعطِ مجلداً فارغاً (أو غير موجود بعد) بـ --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="304" />
        <source>Give at least one public key.</source>
        <translation>قدّم مفتاحاً عاماً واحداً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="305" />
        <source>Give at most 64 at a time.</source>
        <translation>أعطِ 64 على الأكثر في كل مرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="306" />
        <source>Give each key once.</source>
        <translation>قدّم كل مفتاح مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="307" />
        <source>Give it as ssh-keygen -lf prints it: SHA256: followed by 43 base64 characters.</source>
        <translation>اكتبها كما يطبعها ssh-keygen -lf: البادئة SHA256: تليها 43 حرفاً بترميز base64.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="308" />
        <source>Give node names or label globs, e.g. gpu-* or site=north.</source>
        <translation>أدخل أسماء عقد أو أنماط وسوم، مثل gpu-* أو site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="309" />
        <source>Give node-name globs or labels, e.g. --serves rack7-* or --serves site=north.</source>
        <translation>أعطِ أنماط أسماء عقد أو وسوماً، مثل --serves rack7-* أو --serves site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="310" />
        <source>Give one of: {levels} (least sensitive first).</source>
        <translation>أعطِ واحداً من: {levels} (الأقل حساسية أولاً).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="311" />
        <source>Give the NAME-VERSION.airlock directory.</source>
        <translation>حدّد المجلد NAME-VERSION.airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="312" />
        <source>Give the app bundle as NAME@VERSION, for example airlock@1.2.0.</source>
        <translation>أعطِ حزمة التطبيق بالشكل NAME@VERSION، مثلاً airlock@1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="313" />
        <source>Give the export folder and the verifier key line you pinned.</source>
        <translation>حدّد مجلد التصدير وسطر مفتاح التحقق الذي ثبّته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="314" />
        <source>Give the folder of one backup (airlock-backup-...) on the medium.</source>
        <translation>أعطِ مجلد نسخة احتياطية واحدة (airlock-backup-...) على الوسيط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="315" />
        <source>Give the folder of one backup (airlock-backup-...); `airlock backup list` shows them.</source>
        <translation>أعطِ مجلد نسخة احتياطية واحدة (airlock-backup-...)؛ يعرضها `airlock backup list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="316" />
        <source>Give the folder on the medium that holds the backups.</source>
        <translation>أعطِ المجلد على الوسيط الذي يحتوي النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="317" />
        <source>Give the key alone, lowercase, e.g. --remove zone.</source>
        <translation>أعطِ المفتاح وحده بأحرف صغيرة، مثل --remove zone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="318" />
        <source>Give the model card's path relative to SRC_DIR, e.g. README.md.</source>
        <translation>أعطِ مسار بطاقة النموذج نسبةً إلى SRC_DIR، مثل README.md.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="319" />
        <source>Give the name and version of an imported app bundle.</source>
        <translation>أعطِ اسم وإصدار حزمة تطبيق مستوردة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="320" />
        <source>Give the node account Airlock manages it as, e.g. airlock.</source>
        <translation>أدخل حساب العقدة الذي يديرها Airlock من خلاله، مثل airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="321" />
        <source>Give the node's SSH port, 1 to 65535 (usually 22).</source>
        <translation>أدخل منفذ SSH للعقدة، من 1 إلى 65535 (عادةً 22).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="322" />
        <source>Give the node's address on the enclave network, e.g. 10.0.4.21 or gpu-a1.lab.</source>
        <translation>أدخل عنوان العقدة على الشبكة المعزولة، مثل 10.0.4.21 أو gpu-a1.lab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="323" />
        <source>Give the node's name with NAME and its labels with --label.</source>
        <translation>أعطِ اسم العقدة بـ NAME ووسومها بـ --label.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="324" />
        <source>Give the path of an SPDX or CycloneDX JSON document.</source>
        <translation>أعطِ مسار مستند JSON بصيغة SPDX أو CycloneDX.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="325" />
        <source>Give them least sensitive first, e.g. {example}.</source>
        <translation>اذكرها من الأقل حساسية إلى الأكثر، مثلاً {example}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="326" />
        <source>Give {user} passwordless sudo, or enrol without --disable-password-login.</source>
        <translation>امنح {user} صلاحية sudo دون كلمة مرور، أو سجّل العقدة دون --disable-password-login.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="327" />
        <source>Have more signers run `airlock bundle sign` in turn.</source>
        <translation>اطلب من موقّعين آخرين تشغيل `airlock bundle sign` واحداً تلو الآخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="328" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="329" />
        <source>Health at the end</source>
        <translation>السلامة في النهاية</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="330" />
        <source>Health of the fleet, by day</source>
        <translation>سلامة الأسطول، حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="331" />
        <source>Health of the fleet, by month</source>
        <translation>سلامة الأسطول، حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="332" />
        <source>Health problems</source>
        <translation>مشكلات السلامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="333" />
        <source>Host key of {host} is not pinned yet.</source>
        <translation>لم يُثبَّت مفتاح مضيف {host} بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="334" />
        <source>Host key type {key_type} is not one Airlock pins.</source>
        <translation>نوع مفتاح المضيف {key_type} ليس من الأنواع التي يثبّتها Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="335" />
        <source>Host key {fingerprint} pinned; logging in as {user}</source>
        <translation>ثُبّت مفتاح المضيف {fingerprint}؛ تسجيل الدخول باسم {user}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="336" />
        <source>Import the app bundle first (`airlock bundle import PATH`).</source>
        <translation>استورد حزمة التطبيق أولاً (`airlock bundle import PATH`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="337" />
        <source>Install Airlock again from its release medium.</source>
        <translation>أعد تثبيت Airlock من وسيط الإصدار الخاص به.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="338" />
        <source>Install it from its release medium with install.sh, which carries them.</source>
        <translation>ثبّته من وسيط الإصدار الخاص به باستخدام install.sh، الذي يحملها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="339" />
        <source>Install that version of Airlock again; downgrading would lose data.</source>
        <translation>ثبّت ذلك الإصدار من Airlock مجدداً؛ فالرجوع إلى إصدار أقدم يُفقد البيانات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="340" />
        <source>Installing the management key</source>
        <translation>تثبيت مفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="341" />
        <source>Invalid checkpoint extension line {line}.</source>
        <translation>سطر امتداد نقطة التحقق {line} غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="342" />
        <source>Invalid checkpoint origin {origin}.</source>
        <translation>أصل نقطة التحقق {origin} غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="343" />
        <source>Invalid checkpoint tree size {size}.</source>
        <translation>حجم الشجرة في نقطة التحقق {size} غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="344" />
        <source>Invalid note key name {name}: it must be non-empty, without spaces or '+'.</source>
        <translation>اسم مفتاح الملاحظات {name} غير صالح: يجب ألا يكون فارغاً وألا يحوي مسافات أو '+'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="345" />
        <source>It is not shown; read it on the node it was deployed to.</source>
        <translation>لا يُعرض؛ اقرأه على العقدة التي نُشر إليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="346" />
        <source>It restores the version each node had before; to pick one, deploy NAME@VERSION.</source>
        <translation>يستعيد الإصدار الذي كان لدى كل عقدة من قبل؛ ولاختيار إصدار بعينه انشر NAME@VERSION.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="347" />
        <source>It stays open until its condition clears.</source>
        <translation>يبقى مفتوحاً حتى تزول حالته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="348" />
        <source>It was altered or moved from another row; restore the database from a backup.</source>
        <translation>عُدّل أو نُقل من صف آخر؛ استعد قاعدة البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="350" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="351" />
        <source>Job {job} ended while the cancel was asked for.</source>
        <translation>انتهت المهمة {job} أثناء طلب الإلغاء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="352" />
        <source>Job {job} has no stored output.</source>
        <translation>ليست للمهمة {job} مخرجات محفوظة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="353" />
        <source>Job {job} is not running: it ended {status}.</source>
        <translation>المهمة {job} لا تعمل: انتهت ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="354" />
        <source>Job {job}'s stored output does not match its recorded hash.</source>
        <translation>لا تطابق مخرجات المهمة {job} المحفوظة بصمتها المسجلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="355" />
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="356" />
        <source>Jobs by playbook</source>
        <translation>المهام حسب دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="357" />
        <source>Jobs that did not succeed</source>
        <translation>المهام التي لم تنجح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="358" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="359" />
        <source>Label value {value} of {key} has characters Airlock does not allow.</source>
        <translation>تحتوي قيمة الوسم {value} للمفتاح {key} على محارف لا يسمح بها Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="360" />
        <source>Label {key} is both set and removed.</source>
        <translation>الوسم {key} مضبوط ومُزال في آنٍ واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="361" />
        <source>Label {label} is not KEY=VALUE with a lowercase key.</source>
        <translation>الوسم {label} ليس بالصيغة KEY=VALUE بمفتاح بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="362" />
        <source>Label {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>يحتوي الوسم {name} على صيغة قالب ({marker})؛ يمرّر Airlock القيم إلى Ansible نصًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="363" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="364" />
        <source>Last checked</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="365" />
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="366" />
        <source>Last time</source>
        <translation>آخر مرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="367" />
        <source>Leaf hash</source>
        <translation>تجزئة الورقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="368" />
        <source>Leaf {index} is not in a tree of size {size}.</source>
        <translation>الورقة {index} ليست في شجرة حجمها {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="369" />
        <source>Leave it out to use parts that fit FAT32.</source>
        <translation>اتركه لاستخدام أجزاء تناسب FAT32.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="370" />
        <source>Leave them out of the selection (add {leave_out}), or uncordon the node or relay with `airlock node uncordon NAME --reason TEXT`.</source>
        <translation>استبعدها من الاختيار (أضف {leave_out})، أو ألغِ عزل العقدة أو المُرحِّل بالأمر `airlock node uncordon NAME --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="371" />
        <source>Leave them out of the selection (add {leave_out}), or uncordon them with `airlock node uncordon NAME --reason TEXT`.</source>
        <translation>استبعدها من الاختيار (أضف {leave_out})، أو ألغِ عزلها بالأمر `airlock node uncordon NAME --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="372" />
        <source>Leave them out; a node's airlock_root is one of its host variables.</source>
        <translation>احذفها؛ فـ airlock_root للعقدة أحد متغيرات المضيف الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="373" />
        <source>Leave those nodes out of the selection.</source>
        <translation>استبعد هذه العقد من التحديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="374" />
        <source>Left out, cordoned: {nodes}.</source>
        <translation>استُبعدت لأنها معزولة: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="375" />
        <source>List each level once, in order.</source>
        <translation>اذكر كل مستوى مرة واحدة بالترتيب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="376" />
        <source>Load it into no agent: give an unprotected copy for enrolment, then delete it.</source>
        <translation>لا تحمّله في أي وكيل: قدّم نسخة غير محمية للتسجيل ثم احذفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="377" />
        <source>Look at `airlock trust show` and rotate again if still needed.</source>
        <translation>راجع `airlock trust show` وأعد التدوير إن ظل لازماً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="378" />
        <source>Look at them again and repeat the change.</source>
        <translation>راجعها مجدداً وكرّر التغيير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="379" />
        <source>Lower the threshold or add keys.</source>
        <translation>اخفض العتبة أو أضف مفاتيح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="380" />
        <source>Manifest entry {entry} lies outside the bundle's namespace {namespace}.</source>
        <translation>العنصر {entry} في البيان يقع خارج نطاق أسماء الحزمة {namespace}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="381" />
        <source>Merge some levels.</source>
        <translation>ادمج بعض المستويات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="382" />
        <source>Mount it writable (or unlock its write protection), then back up again.</source>
        <translation>ركّبه قابلاً للكتابة (أو ارفع حماية الكتابة عنه)، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="383" />
        <source>Mount the medium and give a folder on it with --out.</source>
        <translation>اربط الوسيط وحدّد مجلداً عليه بـ --out.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="384" />
        <source>Mount the share or medium first, then give its folder.</source>
        <translation>ركّب المشاركة أو الوسيط أولاً، ثم أعطِ مجلده.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="385" />
        <source>Name the nodes behind it, e.g. --serves rack7-* or --serves zone=r7.</source>
        <translation>سمِّ العقد التي خلفه، مثل --serves rack7-* أو --serves zone=r7.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="386" />
        <source>No Airlock vault in {path}.</source>
        <translation>لا توجد خزنة Airlock في {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="387" />
        <source>No account named {name}.</source>
        <translation>لا يوجد حساب باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="388" />
        <source>No action in the period carries a reason.</source>
        <translation>لا يحمل أي إجراء في الفترة سبباً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="389" />
        <source>No action in the period.</source>
        <translation>لا إجراء في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="390" />
        <source>No alarm was raised in the period.</source>
        <translation>لم يُطلق أي إنذار في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="391" />
        <source>No bundle {name}@{version} has been imported.</source>
        <translation>لم تُستورد أي حزمة {name}@{version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="392" />
        <source>No entry in the period.</source>
        <translation>لا قيد في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="393" />
        <source>No entry of the log falls in the period.</source>
        <translation>لا يقع أي قيد من السجل في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="394" />
        <source>No imported bundle {bundle}.</source>
        <translation>لا توجد حزمة مستوردة باسم {bundle}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="395" />
        <source>No installed version is current in {path}.</source>
        <translation>لا يوجد إصدار مثبت حالي في {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="396" />
        <source>No job ran in the period.</source>
        <translation>لم تُنفّذ أي مهمة في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="397" />
        <source>No label to change.</source>
        <translation>لا يوجد وسم لتغييره.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="398" />
        <source>No node is enrolled.</source>
        <translation>لا عقدة مسجّلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="399" />
        <source>No passphrase and no recovery key to open the backup with.</source>
        <translation>لا عبارة مرور ولا مفتاح استرداد لفتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="400" />
        <source>No previous version of {bundle} is recorded on: {nodes}.</source>
        <translation>لا يوجد إصدار سابق مسجل من {bundle} على: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="401" />
        <source>No trust root is pinned in this vault.</source>
        <translation>لا يوجد جذر ثقة مثبت في هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="402" />
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="403" />
        <source>Node unreachable during the health check</source>
        <translation>تعذّر الوصول إلى العقدة أثناء فحص الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="404" />
        <source>Node variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>يحتوي متغير العقدة {name} على صيغة قالب ({marker})؛ يمرّر Airlock القيم إلى Ansible نصًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="405" />
        <source>Node variable {variable} is not airlock_NAME=VALUE.</source>
        <translation>متغير العقدة {variable} ليس بالصيغة airlock_NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="406" />
        <source>Node variable {variable} is reserved: Airlock sets it from the node's name and labels.</source>
        <translation>متغير العقدة {variable} محجوز: يضبطه Airlock من اسم العقدة ووسومها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="407" />
        <source>Node {name} enrolled</source>
        <translation>سُجّلت العقدة {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="408" />
        <source>Node {name} is cordoned already, by {who} at {when}: {reason}</source>
        <translation>العقدة {name} معزولة أصلاً، عزلها {who} في {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="409" />
        <source>Node {name} is not cordoned.</source>
        <translation>العقدة {name} ليست معزولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="410" />
        <source>Node {name} offers host key {offered}, not {expected}.</source>
        <translation>تقدّم العقدة {name} مفتاح المضيف {offered} وليس {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="411" />
        <source>Node {node} did not offer a host key.</source>
        <translation>لم تقدّم العقدة {node} أي مفتاح مضيف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="412" />
        <source>Node {node} did not offer its pinned host key to relay {relay}; nothing was sent.</source>
        <translation>لم تقدّم العقدة {node} مفتاح مضيفها المثبّت للمُرحِّل {relay}؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="413" />
        <source>Node {node} did not offer its pinned host key; nothing was sent.</source>
        <translation>لم تقدّم العقدة {node} مفتاح مضيفها المثبت؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="414" />
        <source>Node {node} is blocked: its host key changed.</source>
        <translation>العقدة {node} محظورة: تغيّر مفتاح مضيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="415" />
        <source>Node {node} is degraded. Open it in Nodes for the reasons and what to do.</source>
        <translation>العقدة {node} متدهورة. افتحها في العقد لمعرفة الأسباب وما يجب فعله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="416" />
        <source>Node {node} is unhealthy and was cordoned automatically: it takes no deployment and no job but facts and health. Open it in Nodes for the reasons.</source>
        <translation>العقدة {node} غير سليمة وعُزلت تلقائياً: لا تستقبل أي نشر ولا أي مهمة سوى facts وhealth. افتحها في العقد لمعرفة الأسباب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="417" />
        <source>Node {node} is unhealthy. Open it in Nodes for the reasons and what to do.</source>
        <translation>العقدة {node} غير سليمة. افتحها في العقد لمعرفة الأسباب وما يجب فعله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="418" />
        <source>Node {node} offered a host key that is not pinned: every connection to it is stopped. An admin must check the key on its console and re-pin it.</source>
        <translation>قدّمت العقدة {node} مفتاح مضيف غير مثبّت: أوقف كل اتصال بها. على المسؤول التحقق من المفتاح على وحدة تحكمها وتثبيته من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="419" />
        <source>Node {node} offered host key {fingerprint}, not the expected {expected}.</source>
        <translation>قدّمت العقدة {node} مفتاح المضيف {fingerprint}، لا المفتاح المتوقع {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="420" />
        <source>Node {node} offered host key {fingerprint}, not the pinned one.</source>
        <translation>قدّمت العقدة {node} مفتاح المضيف {fingerprint}، لا المفتاح المثبت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="421" />
        <source>Node {node} refused the login as {user}.</source>
        <translation>رفضت العقدة {node} تسجيل الدخول باسم {user}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="422" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="423" />
        <source>Nodes as enrolled when the report was written; health as the last check before the end of the period found it.</source>
        <translation>العقد كما كانت مسجّلة عند كتابة التقرير؛ والسلامة كما وجدها آخر فحص قبل نهاية الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="424" />
        <source>Nodes selected by more than one relay have no path: {nodes}.</source>
        <translation>لا مسار للعقد التي يحددها أكثر من مُرحِّل: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="425" />
        <source>Nodes whose host key changed cannot receive anything: {nodes}.</source>
        <translation>لا يمكن للعقد التي تغيّر مفتاح مضيفها أن تستقبل شيئاً: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="426" />
        <source>Nodes without a valid host key pin cannot receive files: {nodes}.</source>
        <translation>لا يمكن للعقد التي لا تملك مفتاح مضيف مثبتاً صالحاً أن تستقبل ملفات: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="427" />
        <source>Nodes without a valid pin cannot run jobs: {nodes}.</source>
        <translation>لا يمكن تشغيل مهام على العقد التي لا تملك مفتاحاً مثبتاً صالحاً: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="428" />
        <source>Not done</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="429" />
        <source>Not healthy</source>
        <translation>غير سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="430" />
        <source>Note text must end with a newline.</source>
        <translation>يجب أن ينتهي نص الملاحظة بمحرف سطر جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="431" />
        <source>Note text must not hold control characters other than newline.</source>
        <translation>يجب ألا يحتوي نص الملاحظة على محارف تحكم غير محرف السطر الجديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="432" />
        <source>Nothing to do.</source>
        <translation>لا شيء يلزم فعله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="433" />
        <source>Nothing to do; `airlock account enable {name}` lets it in again.</source>
        <translation>لا شيء لفعله؛ `airlock account enable {name}` يسمح له بالدخول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="434" />
        <source>Nothing was deployed by the end of the period.</source>
        <translation>لم يكن شيء منشوراً عند نهاية الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="435" />
        <source>Nothing was deployed in the period.</source>
        <translation>لم يُنشر شيء في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="436" />
        <source>Nothing was refused and nothing failed in the period.</source>
        <translation>لم يُرفض شيء ولم يفشل شيء في الفترة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="437" />
        <source>On each node at the end of the period</source>
        <translation>على كل عقدة عند نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="438" />
        <source>Only '{role}' keys may sign {type} bundles. Do not use this bundle; ask the publisher for a new copy.</source>
        <translation>لا يحق توقيع حزم {type} إلا لمفاتيح الدور '{role}'. لا تستخدم هذه الحزمة؛ اطلب من الناشر نسخة جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="439" />
        <source>Only airlock_ variables are accepted, e.g. airlock_root=/srv/airlock.</source>
        <translation>لا تُقبل إلا متغيرات airlock_، مثل airlock_root=/srv/airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="440" />
        <source>Only an admin account or the recovery key may restore a backup.</source>
        <translation>لا يستعيد النسخة الاحتياطية إلا حساب مدير أو مفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="441" />
        <source>Only jobs that ran to an end since this version of Airlock keep their output; run the playbook again to have it.</source>
        <translation>لا تحتفظ بمخرجاتها إلا المهام التي اكتملت منذ هذا الإصدار من Airlock؛ شغّل دليل التشغيل مرة أخرى للحصول عليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="442" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="443" />
        <source>Parameter {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.</source>
        <translation>يحتوي المعامل {name} على صيغة قالب ({marker})؛ يمرّر Airlock القيم إلى Ansible نصًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="444" />
        <source>Pass --bootstrap-key FILE or --bootstrap-password-file FILE.</source>
        <translation>مرّر --bootstrap-key FILE أو --bootstrap-password-file FILE.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="445" />
        <source>Payload entry {entry} is a device node; bundles hold plain files only.</source>
        <translation>العنصر {entry} في الحمولة ملف جهاز؛ لا تحوي الحزم إلا ملفات عادية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="446" />
        <source>Payload entry {entry} is a named pipe; bundles hold plain files only.</source>
        <translation>العنصر {entry} في الحمولة أنبوب مسمّى؛ لا تحوي الحزم إلا ملفات عادية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="447" />
        <source>Payload entry {entry} is a socket; bundles hold plain files only.</source>
        <translation>العنصر {entry} في الحمولة مقبس (socket)؛ لا تحوي الحزم إلا ملفات عادية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="448" />
        <source>Payload entry {entry} is a symbolic link; bundles hold plain files only.</source>
        <translation>العنصر {entry} في الحمولة رابط رمزي؛ لا تحوي الحزم إلا ملفات عادية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="449" />
        <source>Payload entry {entry} is not a regular file; bundles hold plain files only.</source>
        <translation>العنصر {entry} في الحمولة ليس ملفاً عادياً؛ لا تحوي الحزم إلا ملفات عادية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="450" />
        <source>Payload file {file} is a hard link ({count} names).</source>
        <translation>الملف {file} في الحمولة رابط صلب (عدد أسمائه {count}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="451" />
        <source>Payload names {first} and {second} collide when letter case is ignored.</source>
        <translation>يتطابق اسما الحمولة {first} و{second} عند تجاهل حالة الأحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="452" />
        <source>Period: {period} (UTC, both days included)</source>
        <translation>الفترة: {period} (بالتوقيت العالمي، اليومان مشمولان)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="453" />
        <source>Permission denied: {account} ({role}) may not {action}.</source>
        <translation>رُفض الإذن: لا يحق لـ {account} ({role}) تنفيذ {action}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="454" />
        <source>Placement at the end of the period</source>
        <translation>التوزيع عند نهاية الفترة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="455" />
        <source>Placement refused: {bundle} is classified {classification}, above the clearance of {refused} of %n target node(s): {nodes}. Nothing was sent.</source>
        <translation>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل %n من العقد المستهدفة: {nodes}. لم يُرسل شيء.</numerusform>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل عقدة مستهدفة واحدة: {nodes}. لم يُرسل شيء.</numerusform>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل عقدتين مستهدفتين: {nodes}. لم يُرسل شيء.</numerusform>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل %n عقد مستهدفة: {nodes}. لم يُرسل شيء.</numerusform>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل %n عقدة مستهدفة: {nodes}. لم يُرسل شيء.</numerusform>
            <numerusform>رُفض الوضع: تصنيف {bundle} هو {classification}، وهو أعلى من تصريح {refused} من أصل %n عقدة مستهدفة: {nodes}. لم يُرسل شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="456" />
        <source>Playbook run</source>
        <translation>دليل التشغيل المنفَّذ</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="457" />
        <source>Playbook {playbook} may not run on a schedule.</source>
        <translation>لا يجوز تشغيل الدليل {playbook} وفق جدولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="458" />
        <source>Playbook {playbook} runs only inside a deployment; it cannot be scheduled.</source>
        <translation>لا يعمل الدليل {playbook} إلا ضمن عملية نشر؛ ولا يمكن جدولته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="459" />
        <source>Port {port} is out of range.</source>
        <translation>المنفذ {port} خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="460" />
        <source>Preparing the new key</source>
        <translation>تحضير المفتاح الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="461" />
        <source>Proving a login with the management key</source>
        <translation>إثبات تسجيل الدخول بمفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="462" />
        <source>Publisher keys are made by `airlock publisher keygen`.</source>
        <translation>تُنشأ مفاتيح الناشر بالأمر `airlock publisher keygen`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="463" />
        <source>Publisher roles must be distinct names among {allowed}; got none.</source>
        <translation>يجب أن تكون أدوار الناشر أسماء مختلفة من بين {allowed}؛ ولم يُعطَ أي دور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="464" />
        <source>Publisher roles must be distinct names among {allowed}; got {given}.</source>
        <translation>يجب أن تكون أدوار الناشر أسماء مختلفة من بين {allowed}؛ والمُعطى: {given}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="465" />
        <source>Re-encrypting the database</source>
        <translation>إعادة تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="466" />
        <source>Re-sign it.</source>
        <translation>أعد توقيعه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="467" />
        <source>Reading or staging the payload failed: {error}; nothing was imported.</source>
        <translation>فشلت قراءة الحمولة أو نسخها إلى منطقة التجهيز: {error}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="468" />
        <source>Reading or staging {file} failed: {error}; nothing was imported.</source>
        <translation>فشلت قراءة {file} أو نسخه إلى منطقة التجهيز: {error}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="469" />
        <source>Reading the vault</source>
        <translation>قراءة الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="470" />
        <source>Reading {file} from the data directory failed: {error}.</source>
        <translation>فشلت قراءة {file} من مجلد البيانات: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="471" />
        <source>Reading {path} failed: {error}; nothing was changed.</source>
        <translation>فشلت قراءة {path}: {error}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="472" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="473" />
        <source>Reason stated</source>
        <translation>السبب المذكور</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="474" />
        <source>Reasons given</source>
        <translation>الأسباب المذكورة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="475" />
        <source>Reasons on record</source>
        <translation>الأسباب المسجلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="476" />
        <source>Rebuild it with init-trust.</source>
        <translation>أعد بناءه باستخدام init-trust.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="477" />
        <source>Rebuild it.</source>
        <translation>أعد بناءه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="478" />
        <source>Rebuild the update bundle with dpkg-scanpackages.</source>
        <translation>أعد بناء حزمة التحديث باستخدام dpkg-scanpackages.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="479" />
        <source>Recording the rekey</source>
        <translation>تسجيل تغيير المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="480" />
        <source>Refusals and failures</source>
        <translation>الرفض والإخفاقات</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="481" />
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="482" />
        <source>Refused and failed actions</source>
        <translation>الإجراءات المرفوضة والفاشلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="483" />
        <source>Refused or failed because</source>
        <translation>رُفض أو فشل لأن</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="484" />
        <source>Reinstall Airlock with its pinned dependencies; refusing to write cleartext.</source>
        <translation>أعد تثبيت Airlock مع تبعياته المثبتة الإصدارات؛ لن تُكتب بيانات غير مشفرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="485" />
        <source>Relay {relay} cannot run jobs: {error}.</source>
        <translation>لا يستطيع المُرحِّل {relay} تشغيل المهام: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="486" />
        <source>Relay {relay} could not reach {node} at {address}:{port}: {error}.</source>
        <translation>تعذّر على المُرحِّل {relay} الوصول إلى {node} على {address}:{port}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="487" />
        <source>Relay {relay} could not send the files to {node}: {error}.</source>
        <translation>تعذّر على المُرحِّل {relay} إرسال الملفات إلى {node}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="488" />
        <source>Relay {relay} did not offer its pinned host key.</source>
        <translation>لم يقدّم المُرحِّل {relay} مفتاح مضيفه المثبّت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="489" />
        <source>Relay {relay} of {node} is blocked: its host key changed.</source>
        <translation>المُرحِّل {relay} للعقدة {node} محظور: تغيّر مفتاح مضيفه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="490" />
        <source>Relay {relay} refused to send the files: {error}.</source>
        <translation>رفض المُرحِّل {relay} إرسال الملفات: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="491" />
        <source>Relays whose host key changed cannot pass files on: {relays}.</source>
        <translation>لا يمكن للمُرحِّلات التي تغيّر مفتاح مضيفها تمرير الملفات: {relays}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="492" />
        <source>Remote path {path} is not an absolute, normalised path.</source>
        <translation>المسار البعيد {path} ليس مساراً مطلقاً ومُنمَّطاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="493" />
        <source>Remove it as a relay first: airlock relay remove {node}.</source>
        <translation>أزلها كمُرحِّل أولاً: airlock relay remove {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="494" />
        <source>Remove it first to change what it serves: airlock relay remove {node}.</source>
        <translation>أزله أولاً لتغيير ما يخدمه: airlock relay remove {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="495" />
        <source>Remove the template syntax ({markers}): Airlock uses a value exactly as typed and never evaluates it.</source>
        <translation>أزل صيغة القالب ({markers}): يستخدم Airlock القيمة كما كُتبت تمامًا ولا يقيّمها أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="496" />
        <source>Rename it before building.</source>
        <translation>أعد تسميته قبل البناء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="497" />
        <source>Report this to Airlock's engineers.</source>
        <translation>أبلغ مهندسي Airlock بذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="498" />
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="499" />
        <source>Restart the application that was using the GPU at {pci}.</source>
        <translation>أعد تشغيل التطبيق الذي كان يستخدم الـ GPU في {pci}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="500" />
        <source>Restore a newer backup (one made after that checkpoint).</source>
        <translation>استعد نسخة احتياطية أحدث (أُنشئت بعد نقطة التحقق تلك).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="501" />
        <source>Restore into an empty folder with --data-dir, or move the vault away first.</source>
        <translation>استعد إلى مجلد فارغ بـ --data-dir، أو انقل الخزنة بعيداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="502" />
        <source>Restore into an empty folder with --data-dir.</source>
        <translation>استعد إلى مجلد فارغ بـ --data-dir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="503" />
        <source>Restore it from a backup of the data directory.</source>
        <translation>استعدها من نسخة احتياطية لمجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="504" />
        <source>Restore it with the Airlock version that made it.</source>
        <translation>استعدها بإصدار Airlock الذي أنشأها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="505" />
        <source>Restore keyslots.json from a backup of this data directory.</source>
        <translation>استعد keyslots.json من نسخة احتياطية لمجلد البيانات هذا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="506" />
        <source>Restore onto a larger disk, or free space, then restore again.</source>
        <translation>استعد على قرص أكبر، أو حرّر مساحة، ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="507" />
        <source>Restore the data directory and its vault together from one backup, or import the bundle again.</source>
        <translation>استعد دليل البيانات وخزنته معاً من نسخة احتياطية واحدة، أو استورد الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="508" />
        <source>Restore the data directory from your own backup.</source>
        <translation>استعد دليل البيانات من نسختك الاحتياطية الخاصة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="509" />
        <source>Restore the vault from backup.</source>
        <translation>استعد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="510" />
        <source>Restoring the vault and the content store</source>
        <translation>استعادة الخزنة ومخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="511" />
        <source>Rollback of {bundle} failed on: {failures}</source>
        <translation>فشل التراجع عن {bundle} على: {failures}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="512" />
        <source>Rollback takes a bundle name without a version.</source>
        <translation>يأخذ التراجع اسم حزمة بلا إصدار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="513" />
        <source>Rolling back to Airlock {version}</source>
        <translation>الرجوع إلى Airlock {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="514" />
        <source>Rolling back would lose what was recorded since the update; stay on {current}.</source>
        <translation>الرجوع سيفقد ما سُجّل منذ التحديث؛ ابقَ على {current}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="515" />
        <source>Root version {version} is signed by {signed} of the {threshold} keys of the pinned version {pinned} it needs.</source>
        <translation>الجذر الإصدار {version} موقَّع بـ {signed} فقط من أصل {threshold} مفاتيح مطلوبة من الإصدار المثبت {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="516" />
        <source>Root version {version} is signed by {signed} of the {threshold} of its own keys it needs.</source>
        <translation>الجذر الإصدار {version} موقَّع بـ {signed} فقط من أصل {threshold} مفاتيح مطلوبة من مفاتيحه هو.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="517" />
        <source>Rotate one version at a time: bring version {next}.</source>
        <translation>دوّر إصداراً واحداً في كل مرة: أحضر الإصدار {next}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="518" />
        <source>Rotate to a root whose targets.json delegates it.</source>
        <translation>انتقل بالتدوير إلى جذر يفوّضه targets.json الخاص به.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="519" />
        <source>Run `airlock audit verify` and report it.</source>
        <translation>شغّل `airlock audit verify` وأبلغ عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="520" />
        <source>Run `airlock audit verify` and report it; nothing was exported.</source>
        <translation>شغّل `airlock audit verify` وأبلغ عن ذلك؛ لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="521" />
        <source>Run `airlock bundle check-store`.</source>
        <translation>شغّل `airlock bundle check-store`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="522" />
        <source>Run `airlock bundle check-store`; import the bundle again if it is damaged.</source>
        <translation>شغّل `airlock bundle check-store`؛ واستورد الحزمة مجدداً إن كانت تالفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="523" />
        <source>Run `airlock bundle check-store`; import the bundle again to replace the object.</source>
        <translation>شغّل `airlock bundle check-store`؛ ثم استورد الحزمة مرة أخرى لاستبدال الكائن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="524" />
        <source>Run `airlock bundle check-store`; import the bundle again.</source>
        <translation>شغّل `airlock bundle check-store`؛ واستورد الحزمة مجدداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="525" />
        <source>Run `airlock init` to create one, or pass the right --data-dir.</source>
        <translation>شغّل `airlock init` لإنشاء واحدة، أو مرّر --data-dir الصحيح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="526" />
        <source>Run it as root, or as a member of the group {group} (usermod -aG {group} NAME).</source>
        <translation>شغّله بصفة root، أو بصفة عضو في المجموعة {group} (usermod -aG {group} NAME).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="527" />
        <source>Run {name} (without a version) or choose it again from the list.</source>
        <translation>شغّل {name} (بدون إصدار) أو اختره مجدداً من القائمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="528" />
        <source>SHA-256 of the period's lines</source>
        <translation>SHA-256 لأسطر الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="529" />
        <source>SRC_DIR holds {name} already, and --sbom names another file.</source>
        <translation>يحتوي SRC_DIR على {name} بالفعل، و--sbom يسمّي ملفاً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="530" />
        <source>Say why, for example a change ticket or a sentence: --reason 'disk swap, CHG-1234'.</source>
        <translation>اذكر السبب، مثلاً رقم طلب تغيير أو جملة: --reason 'disk swap, CHG-1234'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="531" />
        <source>Schedule facts, health or a maintenance playbook; deploy bundles with `airlock deploy`.</source>
        <translation>جدوِل facts أو health أو دليل صيانة؛ وانشر الحزم بالأمر `airlock deploy`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="532" />
        <source>Schedule {schedule} ({playbook} on {pattern}) could not start a job: {error}</source>
        <translation>تعذّر على الجدولة {schedule} ({playbook} على {pattern}) بدء مهمة: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="533" />
        <source>Schedule {schedule} ({playbook} on {pattern}) ran job {job}, which failed. Open it in Jobs.</source>
        <translation>شغّلت الجدولة {schedule} ({playbook} على {pattern}) المهمة {job} وقد فشلت. افتحها في المهام.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="534" />
        <source>Schedules may run: {playbooks}. An admin can allow more in Settings.</source>
        <translation>يمكن للجداول تشغيل: {playbooks}. ويمكن للمسؤول السماح بالمزيد في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="535" />
        <source>Sealed by checkpoint {size}</source>
        <translation>مختوم بنقطة التحقق {size}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="536" />
        <source>See `airlock account list`.</source>
        <translation>راجع `airlock account list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="537" />
        <source>See `airlock alarms --all` for every alarm.</source>
        <translation>راجع `airlock alarms --all` لكل الإنذارات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="538" />
        <source>See `airlock alarms` for the open ones.</source>
        <translation>راجع `airlock alarms` للإنذارات المفتوحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="539" />
        <source>See `airlock bundle list` for the imported bundles.</source>
        <translation>راجع `airlock bundle list` لمعرفة الحزم المستوردة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="540" />
        <source>See `airlock bundle list`; import it first.</source>
        <translation>راجع `airlock bundle list`؛ واستوردها أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="541" />
        <source>See `airlock jobs list` for the job; the other nodes were rolled back.</source>
        <translation>راجع `airlock jobs list` لمعرفة المهمة؛ وقد تم التراجع على العقد الأخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="542" />
        <source>See `airlock jobs list`.</source>
        <translation>راجع `airlock jobs list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="543" />
        <source>See `airlock jobs show {job}`.</source>
        <translation>انظر `airlock jobs show {job}`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="544" />
        <source>See `airlock jobs show {job}`; deploy again to resume (nodes that succeeded stay as they are).</source>
        <translation>راجع `airlock jobs show {job}`؛ وأعد النشر للاستئناف (تبقى العقد التي نجحت كما هي).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="545" />
        <source>See `airlock node list` for the cordoned nodes.</source>
        <translation>راجع `airlock node list` للعقد المعزولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="546" />
        <source>See `airlock node list` for the enrolled nodes.</source>
        <translation>راجع `airlock node list` لمعرفة العقد المسجلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="547" />
        <source>See `airlock node list`.</source>
        <translation>راجع `airlock node list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="548" />
        <source>See `airlock relay list`.</source>
        <translation>انظر `airlock relay list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="549" />
        <source>See `airlock schedule list`.</source>
        <translation>راجع `airlock schedule list`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="550" />
        <source>See its labels with `airlock node show NAME`.</source>
        <translation>اطّلع على وسومها بـ `airlock node show NAME`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="551" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="552" />
        <source>Selection {pattern} has no terms.</source>
        <translation>لا يحتوي التحديد {pattern} على أي عنصر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="553" />
        <source>Self-check failed: {reason}</source>
        <translation>فشل الفحص الذاتي: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="554" />
        <source>Sending files</source>
        <translation>إرسال الملفات</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="555" />
        <source>Sending to {node} failed: {error_type}: {error}.</source>
        <translation>فشل الإرسال إلى {node}: {error_type}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="556" />
        <source>Seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="557" />
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="558" />
        <source>Shorten it, for example to the change ticket's number and title.</source>
        <translation>اختصره، مثلاً إلى رقم طلب التغيير وعنوانه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="559" />
        <source>Shorten it; put long text in the model card.</source>
        <translation>اختصره؛ وضع النص الطويل في بطاقة النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="560" />
        <source>Shorten it; put the long story in the change ticket and give its number.</source>
        <translation>اختصره؛ ضع التفاصيل في طلب التغيير واذكر رقمه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="561" />
        <source>Showing {shown} of {total} rows; every row is in {file}.</source>
        <translation>يُعرض {shown} من {total} صف؛ كل الصفوف في {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="562" />
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="563" />
        <source>Split the bundle.</source>
        <translation>قسّم الحزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="564" />
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="565" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="566" />
        <source>Stored object {object} does not hash to its name.</source>
        <translation>بصمة الكائن المخزَّن {object} لا تطابق اسمه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="567" />
        <source>Stored object {object} has a damaged header.</source>
        <translation>ترويسة الكائن المخزَّن {object} تالفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="568" />
        <source>Stored object {object} has a header this version does not read.</source>
        <translation>للكائن المخزَّن {object} ترويسة لا يقرؤها هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="569" />
        <source>Stored object {object} has another length than the vault records.</source>
        <translation>طول الكائن المخزَّن {object} يخالف ما تسجّله الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="570" />
        <source>Stored object {object} has the header of another object.</source>
        <translation>يحمل الكائن المخزَّن {object} ترويسة كائن آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="571" />
        <source>Stored object {object} has {size} bytes, not the length its header gives (truncated or extended).</source>
        <translation>حجم الكائن المخزَّن {object} هو {size} بايت، لا الطول الذي تذكره ترويسته (مبتور أو ممدَّد).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="572" />
        <source>Stored object {object} is cut short.</source>
        <translation>الكائن المخزَّن {object} مبتور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="573" />
        <source>Stored object {object} is missing.</source>
        <translation>الكائن المخزَّن {object} مفقود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="574" />
        <source>Stored object {object} is not a regular file.</source>
        <translation>الكائن المخزَّن {object} ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="575" />
        <source>Stored object {object} is not encrypted (it has no header).</source>
        <translation>الكائن المخزَّن {object} غير مشفَّر (لا ترويسة له).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="576" />
        <source>Succeeded</source>
        <translation>نجحت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="577" />
        <source>Such a bundle cannot be stored on every medium; ask the publisher to rename.</source>
        <translation>لا يمكن تخزين حزمة كهذه على كل الوسائط؛ اطلب من الناشر إعادة تسمية الملفات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="578" />
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="579" />
        <source>Switching to the new key</source>
        <translation>التحوّل إلى المفتاح الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="580" />
        <source>Switching to version {version}</source>
        <translation>التبديل إلى الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="581" />
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="582" />
        <source>The '{role}' role is delegated paths outside '{namespace}'.</source>
        <translation>فُوِّض الدور '{role}' بمسارات خارج '{namespace}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="583" />
        <source>The '{role}' role is not delegated the bundle '{bundle}' (it may sign {paths}).</source>
        <translation>الدور '{role}' غير مفوَّض بالحزمة '{bundle}' (يحق له توقيع {paths}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="584" />
        <source>The NVIDIA driver does not respond: {output}</source>
        <translation>مشغل NVIDIA لا يستجيب: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="585" />
        <source>The NVIDIA driver is not loaded: {output}</source>
        <translation>مشغل NVIDIA غير محمّل: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="586" />
        <source>The NVIDIA driver lists no GPU.</source>
        <translation>لا يُدرج مشغل NVIDIA أي GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="587" />
        <source>The NVIDIA driver sees no GPU on this node.</source>
        <translation>لا يرى مشغل NVIDIA أي GPU على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="588" />
        <source>The NVLink counters could not be read (exit status {status}).</source>
        <translation>تعذّرت قراءة عدادات NVLink (رمز الخروج {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="589" />
        <source>The NVLink counters could not be read: {error}</source>
        <translation>تعذّرت قراءة عدادات NVLink: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="590" />
        <source>The Packages index names an invalid package {package} {version}.</source>
        <translation>يذكر فهرس Packages رزمة غير صالحة {package} {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="591" />
        <source>The SBOM is malformed: {field} must be a list.</source>
        <translation>SBOM غير سليم: يجب أن يكون {field} قائمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="592" />
        <source>The SBOM is malformed: {field} must be a whole number.</source>
        <translation>SBOM غير سليم: يجب أن يكون {field} عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="593" />
        <source>The SBOM is malformed: {field} must be an object.</source>
        <translation>SBOM غير سليم: يجب أن يكون {field} كائناً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="594" />
        <source>The SBOM is malformed: {field} must be text of at most {limit} characters.</source>
        <translation>SBOM غير سليم: يجب أن يكون {field} نصاً لا يتجاوز {limit} حرفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="595" />
        <source>The SBOM is malformed: {field} must be {value}.</source>
        <translation>SBOM غير سليم: يجب أن يكون {field} مساوياً لـ {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="596" />
        <source>The SBOM is malformed: {field} must name at least one creator.</source>
        <translation>SBOM غير سليم: يجب أن يسمّي {field} منشئاً واحداً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="597" />
        <source>The SBOM is malformed: {field} must start with {prefix}.</source>
        <translation>SBOM غير سليم: يجب أن يبدأ {field} بـ {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="598" />
        <source>The SBOM is neither SPDX (spdxVersion) nor CycloneDX (bomFormat) JSON.</source>
        <translation>SBOM ليس JSON بصيغة SPDX (spdxVersion) ولا CycloneDX (bomFormat).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="599" />
        <source>The SBOM is not valid UTF-8 JSON.</source>
        <translation>SBOM ليس JSON صالحاً بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="600" />
        <source>The SBOM is {found}, but the manifest says {expected}.</source>
        <translation>SBOM بصيغة {found}، لكن البيان يقول {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="601" />
        <source>The SBOM is {size} bytes, above the limit of {limit}.</source>
        <translation>حجم SBOM {size} بايت، وهو فوق الحد البالغ {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="602" />
        <source>The SBOM lists more than {limit} components.</source>
        <translation>يسرد SBOM أكثر من {limit} مكوّناً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="603" />
        <source>The SBOM nests components more than {depth} deep.</source>
        <translation>يداخل SBOM المكوّنات بعمق يتجاوز {depth} مستوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="604" />
        <source>The SBOM on the medium is not the one the manifest signs.</source>
        <translation>SBOM الموجود على الوسيط ليس الذي يوقّعه البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="605" />
        <source>The SBOM says CycloneDX version {version}; Airlock reads CycloneDX 1.x JSON.</source>
        <translation>يذكر SBOM إصدار CycloneDX {version}؛ يقرأ Airlock صيغة CycloneDX 1.x بـ JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="606" />
        <source>The SBOM says SPDX version {version}; Airlock reads SPDX 2.x JSON.</source>
        <translation>يذكر SBOM إصدار SPDX {version}؛ يقرأ Airlock صيغة SPDX 2.x بـ JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="607" />
        <source>The SQLite library in use has no encryption (SQLCipher is missing).</source>
        <translation>مكتبة SQLite المستخدمة بلا تشفير (SQLCipher غير موجودة).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="608" />
        <source>The account {name} is disabled already (by {admin} on {date}).</source>
        <translation>الحساب {name} معطّل بالفعل (بواسطة {admin} في {date}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="609" />
        <source>The account {name} is disabled or removed; it no longer acts here.</source>
        <translation>الحساب {name} معطَّل أو محذوف؛ لم يعد يعمل هنا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="610" />
        <source>The account {name} is disabled.</source>
        <translation>الحساب {name} معطّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="611" />
        <source>The account {name} is not disabled.</source>
        <translation>الحساب {name} غير معطّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="612" />
        <source>The account {name} was disabled or removed by an admin; the vault is locked.</source>
        <translation>عطّل مديرٌ الحساب {name} أو أزاله؛ الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="613" />
        <source>The account {name} was removed by {admin} on {date}.</source>
        <translation>أزال {admin} الحساب {name} في {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="614" />
        <source>The approver must be a different account.</source>
        <translation>يجب أن يكون الموافِق حساباً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="615" />
        <source>The approver's key slot belongs to another vault.</source>
        <translation>خانة مفتاح الموافِق تعود إلى خزنة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="616" />
        <source>The audit entry at position {position} {problem}: the log was changed outside Airlock.</source>
        <translation>قيد التدقيق في الموضع {position}: {problem}؛ عُدّل السجل خارج Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="617" />
        <source>The audit entry has the wrong fields (missing: none; unexpected: {unexpected}).</source>
        <translation>حقول قيد التدقيق غير صحيحة (الناقصة: لا شيء؛ غير المتوقعة: {unexpected}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="618" />
        <source>The audit entry has the wrong fields (missing: {missing}; unexpected: none).</source>
        <translation>حقول قيد التدقيق غير صحيحة (الناقصة: {missing}؛ غير المتوقعة: لا شيء).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="619" />
        <source>The audit entry has the wrong fields (missing: {missing}; unexpected: {unexpected}).</source>
        <translation>حقول قيد التدقيق غير صحيحة (الناقصة: {missing}؛ غير المتوقعة: {unexpected}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="620" />
        <source>The audit entry holds text that is not valid Unicode (a lone surrogate).</source>
        <translation>يحمل قيد التدقيق نصاً ليس Unicode صالحاً (نصف زوج بديل منفرد).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="621" />
        <source>The audit entry holds {constant}, which is not a JSON number.</source>
        <translation>يحمل قيد التدقيق القيمة {constant}، وهي ليست رقماً في JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="622" />
        <source>The audit entry is a JSON {kind}, not an object.</source>
        <translation>قيد التدقيق قيمة JSON من النوع {kind} وليس كائناً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="623" />
        <source>The audit entry is not valid JSON: {error}.</source>
        <translation>قيد التدقيق ليس JSON صالحاً: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="624" />
        <source>The audit entry is not valid UTF-8 (byte {offset}).</source>
        <translation>قيد التدقيق ليس UTF-8 صالحاً (البايت {offset}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="625" />
        <source>The audit entry seq {seq} is valid JSON but not in canonical form (key order, spacing, escapes or number format differ from what Airlock writes).</source>
        <translation>قيد التدقيق seq {seq} بصيغة JSON صالحة لكنه ليس بالصيغة المعيارية (ترتيب المفاتيح أو المسافات أو محارف الهروب أو تنسيق الأرقام يختلف عمّا يكتبه Airlock).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="626" />
        <source>The audit entry seq {seq}: details must be a JSON object.</source>
        <translation>قيد التدقيق seq {seq}: يجب أن يكون details كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="627" />
        <source>The audit entry seq {seq}: time {time} is not an RFC 3339 UTC time ending in 'Z'.</source>
        <translation>قيد التدقيق seq {seq}: الوقت {time} ليس وقتاً بصيغة RFC 3339 بتوقيت UTC ينتهي بـ 'Z'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="628" />
        <source>The audit entry seq {seq}: {field} must be text, not {kind}.</source>
        <translation>قيد التدقيق seq {seq}: يجب أن يكون {field} نصاً، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="629" />
        <source>The audit entry's seq must be a non-negative integer, not {seq}.</source>
        <translation>يجب أن يكون seq في قيد التدقيق عدداً صحيحاً غير سالب، لا {seq}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="630" />
        <source>The audit entry's {where} has a key {key} that is not text.</source>
        <translation>يحتوي الحقل {where} في قيد التدقيق على مفتاح {key} ليس نصاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="631" />
        <source>The audit entry's {where} holds a {kind}, which JSON cannot represent exactly; convert it to text, a number, a list or an object.</source>
        <translation>يحمل الحقل {where} في قيد التدقيق قيمة من النوع {kind} لا يستطيع JSON تمثيلها بدقة؛ حوّلها إلى نص أو رقم أو قائمة أو كائن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="632" />
        <source>The audit entry's {where} holds {value}; only finite numbers are allowed.</source>
        <translation>يحمل الحقل {where} في قيد التدقيق القيمة {value}؛ لا يُسمح إلا بالأرقام المنتهية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="633" />
        <source>The audit entry's {where} is nested deeper than {depth} levels.</source>
        <translation>الحقل {where} في قيد التدقيق متداخل بعمق يتجاوز {depth} مستوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="634" />
        <source>The audit export was cancelled; nothing was changed.</source>
        <translation>أُلغي تصدير سجل التدقيق؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="635" />
        <source>The audit log has no checkpoint to seal the report with.</source>
        <translation>لا يحوي سجل التدقيق نقطة تحقق يُختم بها التقرير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="636" />
        <source>The audit trail keeps that name for its actions; choose another name.</source>
        <translation>يحتفظ سجل التدقيق بهذا الاسم لأفعاله؛ اختر اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="637" />
        <source>The audit verifier key cannot be used for an export: {problem}</source>
        <translation>لا يمكن استخدام مفتاح التحقق الخاص بالتدقيق في التصدير: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="638" />
        <source>The backup has format version {version}; this Airlock reads version 1.</source>
        <translation>صيغة النسخة الاحتياطية هي الإصدار {version}؛ يقرأ Airlock هذا الإصدار 1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="639" />
        <source>The backup is older than the checkpoint you gave: it holds {held} audit entries, the checkpoint covers {covered}. Restoring it would roll the audit history back.</source>
        <translation>النسخة الاحتياطية أقدم من نقطة التحقق التي قدّمتها: تحتوي {held} من قيود التدقيق، وتغطي نقطة التحقق {covered}. استعادتها ستُرجع تاريخ التدقيق إلى الوراء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="640" />
        <source>The backup is signed by a key other than the appliance's own audit key: it was forged or altered.</source>
        <translation>النسخة الاحتياطية موقّعة بمفتاح غير مفتاح التدقيق الخاص بالجهاز: لقد زُوّرت أو عُدّلت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="641" />
        <source>The backup was cancelled; the medium's earlier backups are as they were.</source>
        <translation>أُلغيت النسخة الاحتياطية؛ النسخ الاحتياطية السابقة على الوسيط كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="642" />
        <source>The backup's audit log does not extend the checkpoint you gave (tree size {size}): its history differs from the one you saw (a forked log).</source>
        <translation>سجل التدقيق في النسخة الاحتياطية لا يمتد من نقطة التحقق التي قدّمتها (حجم الشجرة {size}): تاريخه يختلف عمّا رأيته (سجل متفرّع).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="643" />
        <source>The bootstrap key {path} is protected by a passphrase.</source>
        <translation>مفتاح التمهيد {path} محمي بعبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="644" />
        <source>The bundle is unsafe to import; ask the publisher for a corrected bundle.</source>
        <translation>استيراد هذه الحزمة غير آمن؛ اطلب من الناشر حزمة مصحَّحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="645" />
        <source>The bundle lists no file {path}.</source>
        <translation>لا تسرد الحزمة أي ملف {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="646" />
        <source>The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} (seq 0..{last_good} match an earlier checkpoint) was changed outside Airlock.</source>
        <translation>نقطة التحقق ذات الحجم {size} لا تطابق القيود: قيد عند seq {seq} أو قبله (القيود seq 0..{last_good} تطابق نقطة تحقق سابقة) عُدّل خارج Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="647" />
        <source>The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} was changed outside Airlock.</source>
        <translation>نقطة التحقق ذات الحجم {size} لا تطابق القيود: قيد عند seq {seq} أو قبله عُدّل خارج Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="648" />
        <source>The checkpoint has an empty extension line.</source>
        <translation>في نقطة التحقق سطر امتداد فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="649" />
        <source>The checkpoint you gave belongs to the log {origin}, not to this backup's.</source>
        <translation>نقطة التحقق التي قدّمتها تخص السجل {origin}، لا سجل هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="650" />
        <source>The checkpoint you gave is not signed by this backup's audit key: {problem}</source>
        <translation>نقطة التحقق التي قدّمتها ليست موقّعة بمفتاح التدقيق لهذه النسخة الاحتياطية: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="651" />
        <source>The checkpoint's origin line is empty.</source>
        <translation>سطر الأصل في نقطة التحقق فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="652" />
        <source>The checkpoint's root {root} is not a base64 SHA-256 hash.</source>
        <translation>جذر نقطة التحقق {root} ليس قيمة تجزئة SHA-256 بترميز base64.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="653" />
        <source>The checkpoint's tree size {size} is not a plain decimal number.</source>
        <translation>حجم الشجرة {size} في نقطة التحقق ليس عدداً عشرياً بسيطاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="654" />
        <source>The classification levels are empty.</source>
        <translation>مستويات التصنيف فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="655" />
        <source>The connection dropped while running `{command}` on the node: {error}.</source>
        <translation>انقطع الاتصال أثناء تشغيل `{command}` على العقدة: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="656" />
        <source>The consistency proof does not lead to the new root of size {size}.</source>
        <translation>برهان الاتساق لا يؤدي إلى الجذر الجديد ذي الحجم {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="657" />
        <source>The consistency proof does not lead to the old root of size {size}.</source>
        <translation>برهان الاتساق لا يؤدي إلى الجذر القديم ذي الحجم {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="658" />
        <source>The consistency proof is empty.</source>
        <translation>برهان الاتساق فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="659" />
        <source>The consistency proof is longer than the trees are high.</source>
        <translation>برهان الاتساق أطول من ارتفاع الشجرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="660" />
        <source>The consistency proof is shorter than the trees are high.</source>
        <translation>برهان الاتساق أقصر من ارتفاع الشجرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="661" />
        <source>The content store has {free} MiB free; this import needs {needed} MiB.</source>
        <translation>في مخزن المحتوى {free} MiB متاحة؛ ويحتاج هذا الاستيراد إلى {needed} MiB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="662" />
        <source>The content store key {key} is not in this vault (destroyed, or another vault's).</source>
        <translation>مفتاح مخزن المحتوى {key} غير موجود في هذه الخزنة (أُتلف، أو يخص خزنة أخرى).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="663" />
        <source>The content store ran out of space during the import; nothing was imported.</source>
        <translation>نفدت المساحة في مخزن المحتوى أثناء الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="664" />
        <source>The content store ran out of space while committing the import; nothing was imported.</source>
        <translation>نفدت المساحة في مخزن المحتوى أثناء اعتماد الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="665" />
        <source>The content store's disk has only {percent}% free ({free} GiB). Remove old bundles or give it more space before imports fail.</source>
        <translation>لم يبقَ في قرص مخزن المحتوى سوى {percent}% حرة ({free} GiB). احذف حزماً قديمة أو امنحه مساحة أكبر قبل أن يفشل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="666" />
        <source>The data key does not open this database.</source>
        <translation>لا يفتح مفتاح البيانات قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="667" />
        <source>The data key has the wrong length.</source>
        <translation>طول مفتاح البيانات غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="668" />
        <source>The database and keyslots.json do not belong together; restore both from one backup.</source>
        <translation>قاعدة البيانات وkeyslots.json لا ينتميان إلى بعضهما؛ استعدهما معاً من نسخة احتياطية واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="669" />
        <source>The database backup {path} is missing or damaged; the database was left as it is.</source>
        <translation>النسخة الاحتياطية لقاعدة البيانات {path} مفقودة أو تالفة؛ تُركت قاعدة البيانات كما هي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="670" />
        <source>The database could not be backed up: {error}.</source>
        <translation>تعذّر نسخ قاعدة البيانات احتياطياً: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="671" />
        <source>The database is damaged; restore it from a backup.</source>
        <translation>قاعدة البيانات تالفة؛ استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="672" />
        <source>The database was written by a newer Airlock (schema {area} v{version}).</source>
        <translation>كتب قاعدة البيانات إصدار أحدث من Airlock (المخطط {area} v{version}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="673" />
        <source>The database {path} is missing.</source>
        <translation>قاعدة البيانات {path} مفقودة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="674" />
        <source>The database's audit log is not the one the manifest records.</source>
        <translation>سجل التدقيق في قاعدة البيانات ليس الذي يسجّله البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="675" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>انتهت صلاحية بيانات التفويض targets.json في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})، وهي غير متأخرة عن أحدث وقت توقيع سبق استيراده ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="676" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>انتهت صلاحية بيانات التفويض targets.json في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})؛ ولا يفرض أي استيراد سابق حداً أدنى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="677" />
        <source>The delegating targets metadata expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>انتهت صلاحية بيانات التفويض targets.json في {date}. فُحص انتهاء الصلاحية مقابل {floor}، وهو أحدث وقت توقيع سبق استيراده، لأن ساعة النظام ({system}) متأخرة عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="678" />
        <source>The deployment was cancelled; nothing was changed.</source>
        <translation>أُلغي النشر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="679" />
        <source>The file name {name} is not in Unicode NFC form.</source>
        <translation>اسم الملف {name} ليس بصيغة Unicode NFC.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="680" />
        <source>The file was altered; use a fresh copy.</source>
        <translation>عُدّل الملف؛ استخدم نسخة سليمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="681" />
        <source>The fleet</source>
        <translation>الأسطول</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="682" />
        <source>The folder {folder} holds the manifest of another backup ({name}).</source>
        <translation>يحتوي المجلد {folder} على بيان نسخة احتياطية أخرى ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="683" />
        <source>The folder {path} for the key does not exist.</source>
        <translation>المجلد {path} المخصص للمفتاح غير موجود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="684" />
        <source>The health report could not be read: {error}</source>
        <translation>تعذّرت قراءة تقرير الصحة: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="685" />
        <source>The host key blob does not hold a {key_type} key.</source>
        <translation>لا تحتوي بيانات مفتاح المضيف على مفتاح {key_type}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="686" />
        <source>The host key is not valid base64.</source>
        <translation>مفتاح المضيف ليس بترميز base64 صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="687" />
        <source>The host key {fingerprint} of {node} was not confirmed.</source>
        <translation>لم يُؤكَّد مفتاح المضيف {fingerprint} الخاص بـ {node}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="688" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="689" />
        <source>The inclusion proof does not lead to the given root.</source>
        <translation>برهان التضمين لا يؤدي إلى الجذر المعطى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="690" />
        <source>The inclusion proof is longer than the tree is high.</source>
        <translation>برهان التضمين أطول من ارتفاع الشجرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="691" />
        <source>The inclusion proof is shorter than the tree is high.</source>
        <translation>برهان التضمين أقصر من ارتفاع الشجرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="692" />
        <source>The job could not run: {error_type}: {error}.</source>
        <translation>تعذّر تشغيل المهمة: {error_type}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="693" />
        <source>The job directory {path} is too long for SSH control sockets.</source>
        <translation>مسار مجلد المهمة {path} أطول مما تحتمله مقابس التحكم في SSH.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="694" />
        <source>The kernel log could not be read.</source>
        <translation>تعذّرت قراءة سجل النواة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="695" />
        <source>The key id in {path} does not match its key.</source>
        <translation>معرّف المفتاح في {path} لا يطابق مفتاحه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="696" />
        <source>The key passphrase must have at least {count} characters.</source>
        <translation>يجب ألا تقل عبارة مرور المفتاح عن {count} حرفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="697" />
        <source>The key slot file is damaged (KDF parameters).</source>
        <translation>ملف خانات المفاتيح تالف (معاملات KDF).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="698" />
        <source>The key slot file is damaged (a slot is malformed).</source>
        <translation>ملف خانات المفاتيح تالف (إحدى الخانات مشوّهة).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="699" />
        <source>The key slot file is damaged (ephemeral key is missing).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المؤقت مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="700" />
        <source>The key slot file is damaged (ephemeral key).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المؤقت).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="701" />
        <source>The key slot file is damaged (name salt is missing).</source>
        <translation>ملف خانات المفاتيح تالف (ملح الأسماء مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="702" />
        <source>The key slot file is damaged (name salt).</source>
        <translation>ملف خانات المفاتيح تالف (ملح الأسماء).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="703" />
        <source>The key slot file is damaged (nonce is missing).</source>
        <translation>ملف خانات المفاتيح تالف (الـ nonce مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="704" />
        <source>The key slot file is damaged (nonce).</source>
        <translation>ملف خانات المفاتيح تالف (nonce).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="705" />
        <source>The key slot file is damaged (public key is missing).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح العام مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="706" />
        <source>The key slot file is damaged (public key).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح العام).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="707" />
        <source>The key slot file is damaged (salt is missing).</source>
        <translation>ملف خانات المفاتيح تالف (الملح مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="708" />
        <source>The key slot file is damaged (salt).</source>
        <translation>ملف خانات المفاتيح تالف (الملح).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="709" />
        <source>The key slot file is damaged (sealed key is missing).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المختوم مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="710" />
        <source>The key slot file is damaged (sealed key).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المختوم).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="711" />
        <source>The key slot file is damaged (wrapped key is missing).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المغلَّف مفقود).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="712" />
        <source>The key slot file is damaged (wrapped key).</source>
        <translation>ملف خانات المفاتيح تالف (المفتاح المغلَّف).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="713" />
        <source>The key slot file may be damaged.</source>
        <translation>قد يكون ملف خانات المفاتيح تالفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="714" />
        <source>The key slot file names an unknown key derivation.</source>
        <translation>يذكر ملف خانات المفاتيح اشتقاق مفتاح غير معروف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="715" />
        <source>The labels of {name} changed while this request was checked.</source>
        <translation>تغيّرت وسوم {name} أثناء فحص هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="716" />
        <source>The management key could not be loaded into the transfer's ssh-agent.</source>
        <translation>تعذّر تحميل مفتاح الإدارة في ssh-agent الخاص بالنقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="717" />
        <source>The management key is empty.</source>
        <translation>مفتاح الإدارة فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="718" />
        <source>The manifest file name {name} contains '{segment}'.</source>
        <translation>اسم الملف {name} في البيان يحتوي على '{segment}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="719" />
        <source>The manifest file name {name} has an overlong segment.</source>
        <translation>اسم الملف {name} في البيان فيه مقطع طويل جداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="720" />
        <source>The manifest has a control character in file name {name}.</source>
        <translation>في البيان محرف تحكم في اسم الملف {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="721" />
        <source>The manifest has an empty or overlong file name ({name}).</source>
        <translation>في البيان اسم ملف فارغ أو طويل جداً ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="722" />
        <source>The manifest lists no {file}.</source>
        <translation>لا يذكر البيان أي {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="723" />
        <source>The manifest names an absolute file name: {name}.</source>
        <translation>في البيان اسم ملف بمسار مطلق: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="724" />
        <source>The medium {path} has {free} MiB free; this backup needs {needed} MiB.</source>
        <translation>في الوسيط {path} مساحة حرة قدرها {free} MiB؛ تحتاج هذه النسخة الاحتياطية {needed} MiB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="725" />
        <source>The medium {path} is full; the backup was not made and earlier backups on it are as they were.</source>
        <translation>الوسيط {path} ممتلئ؛ لم تُنشأ النسخة الاحتياطية والنسخ السابقة عليه كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="726" />
        <source>The medium {path} is read-only.</source>
        <translation>الوسيط {path} للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="727" />
        <source>The name {name} belonged to an account that {admin} removed on {date}.</source>
        <translation>الاسم {name} كان لحساب أزاله {admin} في {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="728" />
        <source>The new root is version {new}; the pinned root is version {pinned}.</source>
        <translation>الجذر الجديد هو الإصدار {new}؛ والجذر المثبت هو الإصدار {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="729" />
        <source>The new trust root expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>انتهت صلاحية جذر الثقة الجديد في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})، وهي غير متأخرة عن أحدث وقت توقيع سبق استيراده ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="730" />
        <source>The new trust root expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>انتهت صلاحية جذر الثقة الجديد في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})؛ ولا يفرض أي استيراد سابق حداً أدنى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="731" />
        <source>The new trust root expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>انتهت صلاحية جذر الثقة الجديد في {date}. فُحص انتهاء الصلاحية مقابل {floor}، وهو أحدث وقت توقيع سبق استيراده، لأن ساعة النظام ({system}) متأخرة عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="732" />
        <source>The node has no label {labels} to remove.</source>
        <translation>ليس للعقدة وسم {labels} لإزالته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="733" />
        <source>The note carries no signature by the pinned key {key}.</source>
        <translation>لا تحمل الملاحظة أي توقيع بالمفتاح المثبّت {key}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="734" />
        <source>The number of days must be between 0 and {most}.</source>
        <translation>يجب أن يكون عدد الأيام بين 0 و{most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="735" />
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="736" />
        <source>The package could not be unpacked: {error}</source>
        <translation>تعذّر فك الحزمة: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="737" />
        <source>The part size must be between {least} and {most} bytes.</source>
        <translation>يجب أن يكون حجم الجزء بين {least} و{most} بايت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="738" />
        <source>The passphrase is too short.</source>
        <translation>عبارة المرور قصيرة جداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="739" />
        <source>The payload file {file} is missing ({location}).</source>
        <translation>ملف الحمولة {file} مفقود ({location}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="740" />
        <source>The payload holds more than {count} entries.</source>
        <translation>تحتوي الحمولة على أكثر من {count} عنصر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="741" />
        <source>The payload holds {entry}, which the manifest does not list.</source>
        <translation>تحتوي الحمولة على {entry}، وهو غير مدرج في البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="742" />
        <source>The payload holds {first} and {second}, equal when case is ignored.</source>
        <translation>تحتوي الحمولة على {first} و{second}، وهما متطابقان عند تجاهل حالة الأحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="743" />
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>تنتهي الفترة ({last}) قبل أن تبدأ ({first}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="744" />
        <source>The pinned root no longer verifies.</source>
        <translation>لم يعد الجذر المثبت يجتاز التحقق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="745" />
        <source>The playbook {playbook} does not apply {bundle_type} bundles.</source>
        <translation>دليل التشغيل {playbook} لا يطبّق حزم {bundle_type}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="746" />
        <source>The previous version runs, as before; try again.</source>
        <translation>الإصدار السابق يعمل كما كان؛ أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="747" />
        <source>The previous version was restored; report this to the publisher.</source>
        <translation>استُعيد الإصدار السابق؛ أبلغ الناشر بذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="748" />
        <source>The private ssh-agent for the transfer did not start.</source>
        <translation>لم يبدأ ssh-agent الخاص بالنقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="749" />
        <source>The reason holds a line break or another control character.</source>
        <translation>يحتوي السبب على فاصل أسطر أو محرف تحكم آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="750" />
        <source>The reason is empty.</source>
        <translation>السبب فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="751" />
        <source>The reason is {length} characters long; at most {limit} are kept.</source>
        <translation>طول السبب {length} حرفاً؛ ولا يُحفظ منه أكثر من {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="752" />
        <source>The reason must be one line of at most {limit} characters.</source>
        <translation>يجب أن يكون السبب سطراً واحداً من {limit} حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="753" />
        <source>The rekey could not write the re-encrypted vault: {error}.</source>
        <translation>تعذّر على تغيير المفتاح كتابة الخزنة المعاد تشفيرها: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="754" />
        <source>The rekey was cancelled; nothing was changed.</source>
        <translation>أُلغي تدوير مفتاح البيانات؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="755" />
        <source>The restore was cancelled; the data directory is as it was.</source>
        <translation>أُلغيت الاستعادة؛ مجلد البيانات كما كان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="756" />
        <source>The sealed {column} of {table} {row} does not open here.</source>
        <translation>لا يُفتح العمود المختوم {column} في {table} {row} هنا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="757" />
        <source>The sealed {column} of {table} {row} has an unknown format.</source>
        <translation>صيغة العمود المختوم {column} في {table} {row} غير معروفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="758" />
        <source>The secrets key does not open.</source>
        <translation>لا يُفتح مفتاح الأسرار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="759" />
        <source>The selection is longer than {limit} characters.</source>
        <translation>الاختيار أطول من {limit} حرفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="760" />
        <source>The selection matches no node that can be reached.</source>
        <translation>لا يطابق التحديد أي عقدة يمكن الوصول إليها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="761" />
        <source>The selection {selection} matches no node.</source>
        <translation>لا يطابق التحديد {selection} أي عقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="762" />
        <source>The signature by {name} does not verify: the note was altered or forged.</source>
        <translation>توقيع المفتاح {name} لا يجتاز التحقق: عُدِّلت الملاحظة أو زُوِّرت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="763" />
        <source>The signature by {name} is not valid base64 of a key id and a signature.</source>
        <translation>توقيع المفتاح {name} ليس ترميز base64 صالحاً لمعرّف مفتاح وتوقيع.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="764" />
        <source>The signed checkpoint for tree size {size} does not match the stored entries 0..{last}: the audit log was altered.</source>
        <translation>نقطة التحقق الموقّعة لحجم الشجرة {size} لا تطابق القيود المخزّنة 0..{last}: لقد عُدِّل سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="765" />
        <source>The signed note has more than {count} signatures.</source>
        <translation>تحمل الملاحظة الموقّعة أكثر من {count} توقيع.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="766" />
        <source>The signed note has no blank line before its signatures.</source>
        <translation>لا يوجد في الملاحظة الموقّعة سطر فارغ قبل تواقيعها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="767" />
        <source>The signed note holds control characters other than newline.</source>
        <translation>تحتوي الملاحظة الموقّعة على محارف تحكم غير محرف السطر الجديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="768" />
        <source>The signed note is not valid UTF-8 text.</source>
        <translation>الملاحظة الموقّعة ليست نص UTF-8 صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="769" />
        <source>The signed note is too large.</source>
        <translation>الملاحظة الموقّعة كبيرة جداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="770" />
        <source>The signed note's signature block must end with a newline.</source>
        <translation>يجب أن تنتهي كتلة التواقيع في الملاحظة الموقّعة بمحرف سطر جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="771" />
        <source>The signer key for {name} has a key id that does not match its key.</source>
        <translation>معرّف مفتاح التوقيع الخاص بـ {name} لا يطابق المفتاح نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="772" />
        <source>The signer key for {name} is not an Ed25519 note key.</source>
        <translation>مفتاح التوقيع الخاص بـ {name} ليس مفتاح ملاحظات Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="773" />
        <source>The signer key id {key_id} must be 8 lowercase hex digits.</source>
        <translation>يجب أن يتكون معرّف مفتاح التوقيع {key_id} من 8 أرقام ست عشرية بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="774" />
        <source>The split part {index} of {file} is missing ({location}).</source>
        <translation>الجزء {index} من الملف المقسَّم {file} مفقود ({location}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="775" />
        <source>The state of {service} could not be read.</source>
        <translation>تعذّرت قراءة حالة {service}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="776" />
        <source>The stored Merkle frontier for size {size} must hold {count} subtree roots; it is damaged.</source>
        <translation>يجب أن تضم حدود شجرة ميركل المخزّنة للحجم {size} عدداً من جذور الأشجار الفرعية قدره {count}؛ إنها تالفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="777" />
        <source>The stored Merkle frontier has an invalid size {size}.</source>
        <translation>لحدود شجرة ميركل المخزّنة حجم غير صالح {size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="778" />
        <source>The stored Merkle frontier holds a hash not in lowercase hex: {value}.</source>
        <translation>تحتوي حدود شجرة ميركل المخزّنة على قيمة تجزئة ليست بالست عشري بأحرف صغيرة: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="779" />
        <source>The stored Merkle frontier holds an invalid hash {value}.</source>
        <translation>تحتوي حدود شجرة ميركل المخزّنة على قيمة تجزئة غير صالحة {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="780" />
        <source>The stored Merkle frontier is not valid JSON: {error}.</source>
        <translation>حدود شجرة ميركل المخزّنة ليست JSON صالحاً: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="781" />
        <source>The stored Merkle frontier must be an object with exactly 'size' and 'nodes'.</source>
        <translation>يجب أن تكون حدود شجرة ميركل المخزّنة كائناً يضم 'size' و'nodes' فقط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="782" />
        <source>The stored object {object} cannot be read: {error}.</source>
        <translation>تعذّرت قراءة الكائن المخزَّن {object}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="783" />
        <source>The stored object {object} does not match its SHA-256.</source>
        <translation>الكائن المخزَّن {object} لا يطابق SHA-256 الخاص به.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="784" />
        <source>The stored object {object} is larger than {limit} bytes.</source>
        <translation>الكائن المخزَّن {object} أكبر من {limit} بايت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="785" />
        <source>The stored tree head does not match the entries: the log was changed outside Airlock.</source>
        <translation>رأس الشجرة المخزّن لا يطابق القيود: عُدّل السجل خارج Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="786" />
        <source>The transfer to {node} stopped (status {status}): no message.</source>
        <translation>توقّف النقل إلى {node} (رمز الخروج {status}): لا رسالة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="787" />
        <source>The transfer to {node} stopped (status {status}): {error}.</source>
        <translation>توقّف النقل إلى {node} (رمز الخروج {status}): {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="788" />
        <source>The transfer was cancelled; nothing was changed.</source>
        <translation>أُلغي النقل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="789" />
        <source>The trust root (version {version}) expired on {day}: no bundle imports until an admin rotates it.</source>
        <translation>انتهت صلاحية جذر الثقة (الإصدار {version}) في {day}: لن تُستورد أي حزمة حتى يستبدله المسؤول.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="790" />
        <source>The trust root (version {version}) expires on {day}. Ask the publishers for the next root and rotate it before then.</source>
        <translation>تنتهي صلاحية جذر الثقة (الإصدار {version}) في {day}. اطلب الجذر التالي من الناشرين واستبدله قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="791" />
        <source>The trust root does not delegate the publisher role '{role}'.</source>
        <translation>لا يفوّض جذر الثقة دور الناشر '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="792" />
        <source>The trust root expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>انتهت صلاحية جذر الثقة في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})، وهي غير متأخرة عن أحدث وقت توقيع سبق استيراده ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="793" />
        <source>The trust root expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>انتهت صلاحية جذر الثقة في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})؛ ولا يفرض أي استيراد سابق حداً أدنى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="794" />
        <source>The trust root expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>انتهت صلاحية جذر الثقة في {date}. فُحص انتهاء الصلاحية مقابل {floor}، وهو أحدث وقت توقيع سبق استيراده، لأن ساعة النظام ({system}) متأخرة عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="795" />
        <source>The trust root was rotated by someone else while this rotation was checked.</source>
        <translation>دوّر شخص آخر جذر الثقة أثناء فحص هذا التدوير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="796" />
        <source>The unpacked version {version} is incomplete.</source>
        <translation>الإصدار المفكوك {version} غير مكتمل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="797" />
        <source>The update bundle offers several versions of {package}.</source>
        <translation>تقدّم حزمة التحديث عدة إصدارات من {package}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="798" />
        <source>The update bundle {bundle} has no {index} index at its top level.</source>
        <translation>لا تحتوي حزمة التحديث {bundle} على فهرس {index} في مستواها الأعلى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="799" />
        <source>The update bundle {bundle} offers no package.</source>
        <translation>لا تقدّم حزمة التحديث {bundle} أي رزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="800" />
        <source>The update failed: {error}.</source>
        <translation>فشل التحديث: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="801" />
        <source>The vault could not be created in {path}: {error}.</source>
        <translation>تعذّر إنشاء الخزنة في {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="802" />
        <source>The vault has no audit signing key.</source>
        <translation>لا تحتوي الخزنة على مفتاح توقيع التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="803" />
        <source>The vault has no secrets key.</source>
        <translation>لا تحتوي الخزنة على مفتاح الأسرار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="804" />
        <source>The vault is being re-keyed by another Airlock process.</source>
        <translation>تقوم عملية Airlock أخرى بتدوير مفتاح بيانات الخزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="805" />
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="806" />
        <source>The vault's journal mode is {mode}; a backup copies it only in DELETE mode.</source>
        <translation>وضع دفتر الخزنة هو {mode}؛ لا تنسخها النسخة الاحتياطية إلا في وضع DELETE.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="807" />
        <source>The verifier key for {name} has a key id that does not match its key.</source>
        <translation>معرّف مفتاح التحقق الخاص بـ {name} لا يطابق المفتاح نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="808" />
        <source>The verifier key for {name} is not an Ed25519 note key.</source>
        <translation>مفتاح التحقق الخاص بـ {name} ليس مفتاح ملاحظات Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="809" />
        <source>The verifier key id {key_id} must be 8 lowercase hex digits.</source>
        <translation>يجب أن يتكون معرّف مفتاح التحقق {key_id} من 8 أرقام ست عشرية بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="810" />
        <source>The {index} index of {bundle} is larger than 64 MiB.</source>
        <translation>فهرس {index} في {bundle} أكبر من 64 MiB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="811" />
        <source>The {role} role has no keys.</source>
        <translation>الدور {role} بلا مفاتيح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="812" />
        <source>The {role} role lists a key twice.</source>
        <translation>يدرج الدور {role} مفتاحاً مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="813" />
        <source>The {role} threshold {threshold} is outside 1..{keys} (its number of keys).</source>
        <translation>العتبة {threshold} للدور {role} خارج النطاق 1..{keys} (عدد مفاتيحه).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="814" />
        <source>There is no alarm {alarm}.</source>
        <translation>لا يوجد إنذار {alarm}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="815" />
        <source>There is no health threshold named {name}.</source>
        <translation>لا يوجد حد صحة باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="816" />
        <source>There is no job {job}.</source>
        <translation>لا توجد مهمة {job}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="817" />
        <source>There is no kept previous version to roll back to.</source>
        <translation>لا يوجد إصدار سابق محفوظ للرجوع إليه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="818" />
        <source>There is no node named {name}.</source>
        <translation>لا توجد عقدة باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="819" />
        <source>There is no playbook named {name}.</source>
        <translation>لا يوجد دليل تشغيل باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="820" />
        <source>There is no schedule {schedule}.</source>
        <translation>لا توجد جدولة {schedule}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="821" />
        <source>There is no {kind} report.</source>
        <translation>لا يوجد تقرير {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="822" />
        <source>These actions cannot be put under dual control: {actions}.</source>
        <translation>لا يمكن إخضاع هذه الإجراءات للرقابة الثنائية: {actions}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="823" />
        <source>This Airlock ({version}) runs from a source tree, not from an installation.</source>
        <translation>يعمل Airlock هذا ({version}) من شجرة مصدر، لا من تثبيت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="824" />
        <source>This account is disabled.</source>
        <translation>هذا الحساب معطّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="825" />
        <source>This account may not change Airlock's installation in {path}.</source>
        <translation>لا يحق لهذا الحساب تغيير تثبيت Airlock في {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="826" />
        <source>This app bundle is not an Airlock release: {reason}.</source>
        <translation>حزمة التطبيق هذه ليست إصداراً من Airlock: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="827" />
        <source>This is not a bundle Airlock can import; ask the publisher.</source>
        <translation>هذه ليست حزمة يستطيع Airlock استيرادها؛ راجع الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="828" />
        <source>This playbooks bundle is refused: {file}: {reason}.</source>
        <translation>رُفضت حزمة كتب التشغيل هذه: {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="829" />
        <source>This report is sealed by the signed checkpoint below, over the first {size} entries of the log. Every entry it speaks of is among them.</source>
        <translation>هذا التقرير مختوم بنقطة التحقق الموقّعة أدناه، على أول {size} قيد من السجل. كل قيد يتحدث عنه من بينها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="830" />
        <source>This table is also in {file}.</source>
        <translation>هذا الجدول موجود أيضاً في {file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="831" />
        <source>This vault has several accounts; say which one to unlock.</source>
        <translation>لهذه الخزنة عدة حسابات؛ حدّد أيها تريد فتحه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="832" />
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="833" />
        <source>To check it against an audit export that holds this checkpoint ({file}): verify the export with the verifier key you pinned, then hash lines {first_line} to {last_line} of entries.jsonl, for example with sed -n '{first_line},{last_line}p' entries.jsonl | sha256sum; the result must be the SHA-256 below. Each entry's leaf hash is in the entries CSV.</source>
        <translation>للتحقق منه مقابل تصدير تدقيق يحوي نقطة التحقق هذه ({file}): تحقّق من التصدير بمفتاح التحقق الذي ثبّتّه، ثم احسب تجزئة الأسطر من {first_line} إلى {last_line} في entries.jsonl، مثلاً بالأمر sed -n '{first_line},{last_line}p' entries.jsonl | sha256sum؛ يجب أن تكون النتيجة SHA-256 المذكورة أدناه. تجزئة الورقة لكل قيد موجودة في ملف CSV للقيود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="834" />
        <source>Too many label changes in one request.</source>
        <translation>تغييرات وسوم كثيرة جداً في طلب واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="835" />
        <source>Tree size {old_size} cannot be a prefix of the smaller size {new_size}.</source>
        <translation>لا يمكن أن يكون حجم الشجرة {old_size} بادئةً للحجم الأصغر {new_size}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="836" />
        <source>Tree size {size} is outside the {count} leaves given.</source>
        <translation>حجم الشجرة {size} خارج نطاق الأوراق المقدَّمة وعددها {count}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="837" />
        <source>Try the update again.</source>
        <translation>أعد محاولة التحديث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="838" />
        <source>Two different checkpoints for tree size {size}: the log forked.</source>
        <translation>نقطتا تحقق مختلفتان لحجم الشجرة {size}: لقد تشعّب السجل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="839" />
        <source>Two different roots for the same tree size {size}: the history forked.</source>
        <translation>جذران مختلفان لحجم الشجرة نفسه {size}: لقد تشعّب التاريخ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="840" />
        <source>Type it as SHA256: followed by 64 hex digits, as init-trust printed it.</source>
        <translation>اكتبها بالصيغة SHA256: متبوعةً بـ 64 رقماً ست عشرياً كما طبعها init-trust.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="841" />
        <source>Uncordon it first to give another reason.</source>
        <translation>ألغِ عزلها أولاً لتذكر سبباً آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="842" />
        <source>Unexpected line in the signature block: {line}.</source>
        <translation>سطر غير متوقع في كتلة التواقيع: {line}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="843" />
        <source>Unknown output format {format}.</source>
        <translation>تنسيق مخرجات غير معروف {format}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="844" />
        <source>Unknown role {role}.</source>
        <translation>دور غير معروف: {role}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="845" />
        <source>Unlock it again with your passphrase.</source>
        <translation>افتحها مجدداً بعبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="846" />
        <source>Unlock it again.</source>
        <translation>افتحها مجدداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="847" />
        <source>Unlock it with an admin's passphrase (--account) or the recovery key.</source>
        <translation>افتحها بعبارة مرور مدير (--account) أو بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="848" />
        <source>Unlocking, locking and checkpoints are left out here (at most {limit} rows); the entries CSV has every entry.</source>
        <translation>أُغفل هنا فتح القفل والقفل ونقاط التحقق ({limit} صف على الأكثر)؛ ملف CSV للقيود يحوي كل قيد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="849" />
        <source>Unpacking Airlock {version} from the content store</source>
        <translation>فك Airlock {version} من مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="850" />
        <source>Updates apply to Airlock installed from a release medium (under /opt/airlock).</source>
        <translation>تنطبق التحديثات على Airlock المثبت من وسيط إصدار (تحت /opt/airlock).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="851" />
        <source>Use 1-100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>استخدم من 1 إلى 100 من الأحرف الصغيرة أو الأرقام أو '.' أو '_' أو '-'، مبتدئاً بحرف أو رقم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="852" />
        <source>Use 1-63 lowercase letters, digits, '.', '-' or '_', starting with a letter.</source>
        <translation>استخدم من 1 إلى 63 من الأحرف اللاتينية الصغيرة أو الأرقام أو '.' أو '-' أو '_'، على أن يبدأ الاسم بحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="853" />
        <source>Use MAJOR.MINOR.PATCH, e.g. 1.2.0 (a prerelease as 1.2.0-rc.1).</source>
        <translation>استخدم MAJOR.MINOR.PATCH، مثل 1.2.0 (والإصدار التمهيدي مثل 1.2.0-rc.1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="854" />
        <source>Use MAJOR.MINOR.PATCH, for example 1.2.0.</source>
        <translation>استخدم MAJOR.MINOR.PATCH، مثلاً 1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="855" />
        <source>Use `airlock trust rotate` to replace it.</source>
        <translation>استخدم `airlock trust rotate` لاستبداله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="856" />
        <source>Use a shorter prerelease or build part, e.g. 1.2.0-rc.1.</source>
        <translation>استخدم إصدارًا تمهيديًا أو جزء بناء أقصر، مثلاً 1.2.0-rc.1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="857" />
        <source>Use another backup, or make a new one from the appliance.</source>
        <translation>استخدم نسخة احتياطية أخرى، أو أنشئ واحدة جديدة من الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="858" />
        <source>Use another backup.</source>
        <translation>استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="859" />
        <source>Use it, or choose another --data-dir.</source>
        <translation>استخدمها أو اختر --data-dir آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="860" />
        <source>Use jobs.job_base_dir() to place it.</source>
        <translation>استخدم jobs.job_base_dir() لتحديد موضعه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="861" />
        <source>Use keygen.</source>
        <translation>استخدم keygen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="862" />
        <source>Use labels to select many nodes, e.g. site=north.</source>
        <translation>استخدم الوسوم لاختيار عقد كثيرة، مثل site=north.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="863" />
        <source>Use letters, digits, dots, dashes and underscores (roles: joined with +).</source>
        <translation>استخدم حروفاً وأرقاماً ونقاطاً وشرطات وشرطات سفلية (roles: تُربط بـ +).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="864" />
        <source>Use lowercase letters, digits and dashes (at most 63), starting with a letter or digit.</source>
        <translation>استخدم أحرفاً لاتينية صغيرة وأرقاماً وشرطات (63 على الأكثر)، تبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="865" />
        <source>Use lowercase letters, digits and dashes, starting with a letter.</source>
        <translation>استخدم أحرفاً لاتينية صغيرة وأرقاماً وشرطات، على أن يبدأ الاسم بحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="866" />
        <source>Use only {roles}.</source>
        <translation>لا تستخدم إلا {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="867" />
        <source>Use the KEYFILE.pub that keygen wrote.</source>
        <translation>استخدم ملف KEYFILE.pub الذي كتبه keygen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="868" />
        <source>Use the newest targets.json from the publisher.</source>
        <translation>استخدم أحدث targets.json من الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="869" />
        <source>Variables {variables} are set by Airlock for a deployment.</source>
        <translation>المتغيرات {variables} يعيّنها Airlock عند النشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="870" />
        <source>Version {version} cannot open the database as {current} left it (schema {areas}).</source>
        <translation>لا يستطيع الإصدار {version} فتح قاعدة البيانات كما تركها {current} (المخطط {areas}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="871" />
        <source>Version {version} checks itself</source>
        <translation>الإصدار {version} يفحص نفسه</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="872" />
        <source>Version {version} did not finish its self-check within {seconds} s.</source>
        <translation>لم ينهِ الإصدار {version} فحصه الذاتي خلال {seconds} ث.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="873" />
        <source>Version {version} does not start: {error}.</source>
        <translation>الإصدار {version} لا يبدأ: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="874" />
        <source>Version {version} failed its self-check: {reason}</source>
        <translation>فشل الإصدار {version} في فحصه الذاتي: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="875" />
        <source>Version {version} is not a semantic version.</source>
        <translation>الإصدار {version} ليس إصداراً دلالياً (semver).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="876" />
        <source>Version {version} is not installed completely.</source>
        <translation>الإصدار {version} غير مثبت بالكامل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="877" />
        <source>Wait for `airlock rekey` to finish, then try again.</source>
        <translation>انتظر انتهاء `airlock rekey` ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="878" />
        <source>Wait for it to finish, then back up again.</source>
        <translation>انتظر حتى تنتهي، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="879" />
        <source>Wait for it to finish, then look at `airlock app status`.</source>
        <translation>انتظر حتى ينتهي، ثم انظر إلى `airlock app status`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="880" />
        <source>What it says</source>
        <translation>ما يقوله</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="881" />
        <source>What was deployed where</source>
        <translation>ما نُشر وأين</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="882" />
        <source>What was done</source>
        <translation>ما الذي فُعل</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="883" />
        <source>Who did what and why</source>
        <translation>من فعل ماذا ولماذا</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="884" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="885" />
        <source>Why (the last such check)</source>
        <translation>لماذا (آخر فحص من هذا النوع)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="886" />
        <source>Write NAME@VERSION, e.g. llama@1.2.0.</source>
        <translation>اكتب NAME@VERSION، مثل llama@1.2.0.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="887" />
        <source>Write it as days, hours, minutes and seconds, e.g. 15m, 6h, 1d or 1h30m.</source>
        <translation>اكتبها بالأيام والساعات والدقائق والثواني، مثل 15m أو 6h أو 1d أو 1h30m.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="888" />
        <source>Write the day as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>اكتب اليوم بالصيغة YYYY-MM-DD، مثلاً 2026-03-01.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="889" />
        <source>Write the reason on one line.</source>
        <translation>اكتب السبب في سطر واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="890" />
        <source>Writing audit entries</source>
        <translation>كتابة قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="891" />
        <source>Writing the backup to {path} failed: {error}; earlier backups on it are as they were.</source>
        <translation>فشلت كتابة النسخة الاحتياطية إلى {path}: {error}؛ النسخ السابقة عليه كما كانت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="892" />
        <source>Writing the content store to disk failed: {error}; nothing was imported.</source>
        <translation>فشلت كتابة مخزن المحتوى على القرص: {error}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="893" />
        <source>Writing the job's output</source>
        <translation>كتابة مخرجات المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="894" />
        <source>Writing the manifest and flushing the medium</source>
        <translation>كتابة البيان وتفريغ البيانات إلى الوسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="895" />
        <source>Writing the restored vault into {path} failed: {error}.</source>
        <translation>فشلت كتابة الخزنة المستعادة في {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="896" />
        <source>Writing to {node} failed: {error}.</source>
        <translation>فشلت الكتابة على {node}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="897" />
        <source>Writing {file}</source>
        <translation>كتابة {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="898" />
        <source>Written {time} by {account} on {origin}</source>
        <translation>كُتب في {time} بواسطة {account} على {origin}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="899" />
        <source>Wrong account name or passphrase.</source>
        <translation>اسم الحساب أو عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="900" />
        <source>Wrong approver name or passphrase.</source>
        <translation>اسم الموافِق أو عبارة مروره غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="901" />
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="902" />
        <source>You cannot disable, enable or remove your own account ({name}).</source>
        <translation>لا يمكنك تعطيل حسابك ({name}) ولا تفعيله ولا إزالته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="903" />
        <source>`airlock app rollback` returns to the kept previous version.</source>
        <translation>يعيد `airlock app rollback` إلى الإصدار السابق المحفوظ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="904" />
        <source>`airlock app status` shows what is installed.</source>
        <translation>يعرض `airlock app status` ما هو مثبت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="905" />
        <source>accounts</source>
        <translation>حسابات</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="906" />
        <source>alarms in the period</source>
        <translation>إنذارات في الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="907" />
        <source>bundle.json has {valid} of the {threshold} valid '{role}' signatures it needs.</source>
        <translation>لا يحمل bundle.json سوى {valid} من أصل {threshold} من تواقيع الدور '{role}' الصالحة المطلوبة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="908" />
        <source>bundle.json is malformed: 'created' has no time zone.</source>
        <translation>بنية bundle.json غير صالحة: لا يحدد 'created' منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="909" />
        <source>bundle.json is malformed: 'created' is not an ISO 8601 time.</source>
        <translation>بنية bundle.json غير صالحة: 'created' ليس وقتاً بصيغة ISO 8601.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="910" />
        <source>bundle.json is malformed: 'model' must be an object of text fields.</source>
        <translation>بنية bundle.json غير صالحة: يجب أن يكون 'model' كائناً حقوله نصية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="911" />
        <source>bundle.json is malformed: 'sbom' must name a payload file and its format (spdx or cyclonedx).</source>
        <translation>bundle.json غير سليم: يجب أن يسمّي 'sbom' ملفاً من الحمولة وصيغته (spdx أو cyclonedx).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="912" />
        <source>bundle.json is malformed: '{field}' must be text of at most {limit} characters.</source>
        <translation>بنية bundle.json غير صالحة: يجب أن يكون '{field}' نصاً لا يتجاوز {limit} حرفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="913" />
        <source>bundle.json is malformed: a bundle manifest may not delegate to other roles.</source>
        <translation>بنية bundle.json غير صالحة: لا يجوز لبيان الحزمة التفويض إلى أدوار أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="914" />
        <source>bundle.json is malformed: a model bundle needs 'model.{field}'.</source>
        <translation>بنية bundle.json غير صالحة: تحتاج حزمة النموذج إلى 'model.{field}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="915" />
        <source>bundle.json is malformed: classification {classification} is not one of {classifications}.</source>
        <translation>بنية bundle.json غير صالحة: التصنيف {classification} ليس من بين {classifications}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="916" />
        <source>bundle.json is malformed: file name {file} ends like a split part; rename it before building.</source>
        <translation>بنية bundle.json غير صالحة: اسم الملف {file} ينتهي كاسم جزء من ملف مقسَّم؛ أعد تسميته قبل البناء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="917" />
        <source>bundle.json is malformed: it carries more than {most} signatures.</source>
        <translation>بنية bundle.json غير صالحة: يحمل أكثر من {most} توقيعاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="918" />
        <source>bundle.json is malformed: it holds '{type}' metadata, not a bundle's targets.</source>
        <translation>بنية bundle.json غير صالحة: يحتوي على بيانات وصفية من نوع '{type}' لا على targets حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="919" />
        <source>bundle.json is malformed: it is not valid TUF targets metadata (truncated or altered?).</source>
        <translation>بنية bundle.json غير صالحة: ليس بيانات وصفية TUF targets صالحة (مقتطَع أم معدَّل؟).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="920" />
        <source>bundle.json is malformed: it lists no payload files.</source>
        <translation>بنية bundle.json غير صالحة: لا يدرج أي ملف حمولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="921" />
        <source>bundle.json is malformed: it lists {count} files, above the limit of {most}.</source>
        <translation>بنية bundle.json غير صالحة: يدرج {count} ملفاً، أي فوق الحد البالغ {most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="922" />
        <source>bundle.json is malformed: name {name} is not a bundle name (lowercase letters, digits, '.', '_', '-').</source>
        <translation>بنية bundle.json غير صالحة: الاسم {name} ليس اسم حزمة صالحاً (أحرف لاتينية صغيرة، أرقام، '.'، '_'، '-').</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="923" />
        <source>bundle.json is malformed: part {index} of {file} has a bad length.</source>
        <translation>بنية bundle.json غير صالحة: طول الجزء {index} من {file} غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="924" />
        <source>bundle.json is malformed: part {index} of {file} has a bad sha256.</source>
        <translation>بنية bundle.json غير صالحة: قيمة sha256 للجزء {index} من {file} غير صالحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="925" />
        <source>bundle.json is malformed: part {index} of {file} is not an object.</source>
        <translation>بنية bundle.json غير صالحة: الجزء {index} من {file} ليس كائناً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="926" />
        <source>bundle.json is malformed: the 'custom' field with type, name and version is missing.</source>
        <translation>بنية bundle.json غير صالحة: الحقل 'custom' الذي يحمل النوع والاسم والإصدار مفقود.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="927" />
        <source>bundle.json is malformed: the SBOM {sbom} is not one of the payload files.</source>
        <translation>bundle.json غير سليم: SBOM {sbom} ليس من ملفات الحمولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="928" />
        <source>bundle.json is malformed: the model card {card} is not one of the payload files.</source>
        <translation>بنية bundle.json غير صالحة: بطاقة النموذج {card} ليست من ملفات الحمولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="929" />
        <source>bundle.json is malformed: the parts of {file} do not add up to its length.</source>
        <translation>بنية bundle.json غير صالحة: مجموع أجزاء {file} لا يساوي طوله.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="930" />
        <source>bundle.json is malformed: the parts of {file} must be a list of 2 to {most} entries.</source>
        <translation>بنية bundle.json غير صالحة: يجب أن تكون أجزاء {file} قائمة من 2 إلى {most} عنصراً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="931" />
        <source>bundle.json is malformed: type {type} is not one of {types}.</source>
        <translation>بنية bundle.json غير صالحة: النوع {type} ليس من بين {types}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="932" />
        <source>bundle.json is malformed: unsupported format {format}; this Airlock reads {supported}.</source>
        <translation>بنية bundle.json غير صالحة: الصيغة {format} غير مدعومة؛ هذا الإصدار من Airlock يقرأ الصيغة {supported}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="933" />
        <source>bundle.json is malformed: {file} has a length outside 0..{most}.</source>
        <translation>بنية bundle.json غير صالحة: طول {file} خارج النطاق 0..{most}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="934" />
        <source>bundle.json is malformed: {file} must carry exactly one lowercase hex sha256 hash.</source>
        <translation>بنية bundle.json غير صالحة: يجب أن يحمل {file} بصمة sha256 واحدة فقط بأرقام ست عشرية صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="935" />
        <source>bundle.json is malformed: {name} is both a file and a directory.</source>
        <translation>بنية bundle.json غير صالحة: {name} ملف ومجلد في آن واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="936" />
        <source>bundle.json is signed only by keys the trust root does not know ({keyids}).</source>
        <translation>الملف bundle.json موقَّع فقط بمفاتيح لا يعرفها جذر الثقة ({keyids}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="937" />
        <source>bundle.json is {size} bytes, above the limit of {limit}.</source>
        <translation>حجم bundle.json هو {size} بايت، أي فوق الحد البالغ {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="938" />
        <source>bundle.json of a {type} bundle is signed by a key of the '{other_roles}' role, not of '{role}'.</source>
        <translation>الملف bundle.json لحزمة من نوع {type} موقَّع بمفتاح من الدور '{other_roles}' لا من الدور '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="939" />
        <source>bundle.json of {name} {version} carries no signature.</source>
        <translation>لا يحمل bundle.json الخاص بـ {name} {version} أي توقيع.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="940" />
        <source>bundles</source>
        <translation>حزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="941" />
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="942" />
        <source>checkpoint tree size</source>
        <translation>حجم شجرة نقطة التحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="943" />
        <source>checkpoint.txt does not verify: {problem}</source>
        <translation>لا يُتحقق من checkpoint.txt: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="944" />
        <source>checkpoint.txt is not the checkpoint the manifest records.</source>
        <translation>checkpoint.txt ليس نقطة التحقق التي يسجّلها البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="945" />
        <source>cleared</source>
        <translation>زالت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="946" />
        <source>dcgmi diag -r 1 did not run (exit status {status}).</source>
        <translation>لم يعمل dcgmi diag -r 1 (رمز الخروج {status}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="947" />
        <source>dcgmi diag -r 1 failed: {tests}.</source>
        <translation>فشل dcgmi diag -r 1: {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="948" />
        <source>dcgmi diag -r 1 warned: {tests}.</source>
        <translation>حذّر dcgmi diag -r 1: {tests}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="949" />
        <source>degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="950" />
        <source>degraded at the end of the period</source>
        <translation>متدهورة عند نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="951" />
        <source>deployed</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="952" />
        <source>deployments to a node</source>
        <translation>عمليات نشر إلى عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="953" />
        <source>did not succeed</source>
        <translation>لم تنجح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="954" />
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="955" />
        <source>entries</source>
        <translation>قيود</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="956" />
        <source>entries in the period</source>
        <translation>قيود في الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="957" />
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="958" />
        <source>failed or alarm</source>
        <translation>فشل أو إنذار</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="959" />
        <source>first entry (seq)</source>
        <translation>أول قيد (seq)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="960" />
        <source>healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="961" />
        <source>healthy at the end of the period</source>
        <translation>سليمة عند نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="962" />
        <source>host key changed (blocked)</source>
        <translation>تغيّر مفتاح المضيف (محظور)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="963" />
        <source>jobs</source>
        <translation>مهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="964" />
        <source>last entry (seq)</source>
        <translation>آخر قيد (seq)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="965" />
        <source>manifest.json does not match its signature: it was altered.</source>
        <translation>لا يطابق manifest.json توقيعه: لقد عُدّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="966" />
        <source>manifest.json is malformed ({problem}).</source>
        <translation>manifest.json مشوّه ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="967" />
        <source>manifest.json is not the manifest of an Airlock backup.</source>
        <translation>manifest.json ليس بيان نسخة احتياطية لـ Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="968" />
        <source>manifest.json is not valid JSON: the backup is damaged.</source>
        <translation>manifest.json ليس JSON صالحاً: النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="969" />
        <source>manifest.json names a malformed signing key: it was altered.</source>
        <translation>يذكر manifest.json مفتاح توقيع مشوّهاً: لقد عُدّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="970" />
        <source>manifest.json names a signing key that is not the audit key of {origin}.</source>
        <translation>يذكر manifest.json مفتاح توقيع ليس مفتاح التدقيق لـ {origin}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="971" />
        <source>manifest.sig does not verify with the appliance's audit key: it was altered or signed by another key ({problem})</source>
        <translation>لا يُتحقق من manifest.sig بمفتاح التدقيق الخاص بالجهاز: لقد عُدّل أو وُقّع بمفتاح آخر ({problem})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="972" />
        <source>manifest.sig is not signed by the key you pinned: the backup comes from another appliance or was signed by another key.</source>
        <translation>manifest.sig غير موقّع بالمفتاح الذي ثبّتّه: النسخة الاحتياطية من جهاز آخر أو وُقّعت بمفتاح آخر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="973" />
        <source>never checked by then</source>
        <translation>لم تُفحص قط حتى ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="974" />
        <source>node changes</source>
        <translation>تغييرات العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="975" />
        <source>nodes (each at its worst that day or month)</source>
        <translation>عقد (كل منها بأسوأ حالاتها في ذلك اليوم أو الشهر)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="976" />
        <source>nodes changed</source>
        <translation>عقد تغيّرت</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="977" />
        <source>nodes enrolled</source>
        <translation>عقد مسجّلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="978" />
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="979" />
        <source>nvidia-smi failed with exit status {status}: {output}</source>
        <translation>فشل nvidia-smi برمز الخروج {status}: {output}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="980" />
        <source>nvidia-smi is not installed on this node.</source>
        <translation>nvidia-smi غير مثبت على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="981" />
        <source>nvidia-smi was not run.</source>
        <translation>لم يُشغَّل nvidia-smi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="982" />
        <source>open and not acknowledged</source>
        <translation>مفتوحة وغير مُقرّ بها</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="983" />
        <source>payload verified</source>
        <translation>تم التحقق من الحمولة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="984" />
        <source>reading payload</source>
        <translation>قراءة الحمولة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="985" />
        <source>refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="986" />
        <source>relay {relay} unreachable</source>
        <translation>يتعذر الوصول إلى المُرحِّل {relay}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="987" />
        <source>relay {relay} unreachable: it does not answer as an Airlock relay; run the relay playbook on it</source>
        <translation>يتعذر الوصول إلى المُرحِّل {relay}: لا يجيب كمُرحِّل Airlock؛ شغّل عليه دليل التشغيل relay</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="988" />
        <source>relay {relay} unreachable: it sent nothing for {seconds} s</source>
        <translation>يتعذر الوصول إلى المُرحِّل {relay}: لم يرسل شيئاً لمدة {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="989" />
        <source>relay {relay} unreachable: its host key changed</source>
        <translation>يتعذر الوصول إلى المُرحِّل {relay}: تغيّر مفتاح مضيفه</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="990" />
        <source>relay {relay} unreachable: {error}</source>
        <translation>يتعذر الوصول إلى المُرحِّل {relay}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="991" />
        <source>rollbacks</source>
        <translation>عمليات تراجع</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="992" />
        <source>rolled back</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="993" />
        <source>root.json defines no '{role}' role.</source>
        <translation>لا يعرّف root.json الدور '{role}'.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="994" />
        <source>root.json has fingerprint {actual}, not the {typed} you typed.</source>
        <translation>بصمة root.json هي {actual}، لا {typed} التي كتبتها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="995" />
        <source>root.json is not signed by its own threshold: {error}.</source>
        <translation>الملف root.json غير موقَّع بالعتبة التي يحددها بنفسه: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="996" />
        <source>still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="997" />
        <source>succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="998" />
        <source>targets.json delegates '{role}', not a publisher role with path patterns.</source>
        <translation>يفوّض targets.json إلى '{role}'، وهو ليس دور ناشر ذا أنماط مسارات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="999" />
        <source>targets.json is not signed by the root's targets keys: {error}.</source>
        <translation>الملف targets.json غير موقَّع بمفاتيح targets الخاصة بالجذر: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1000" />
        <source>targets.json is version {version}, older than the pinned version {pinned}.</source>
        <translation>إصدار targets.json هو {version}، وهو أقدم من الإصدار المثبت {pinned}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1001" />
        <source>targets.json lists targets itself; only publisher roles may.</source>
        <translation>يدرج targets.json أهدافاً بنفسه؛ ولا يحق ذلك إلا لأدوار الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1002" />
        <source>targets.json must delegate to named publisher roles.</source>
        <translation>يجب أن يفوّض targets.json إلى أدوار ناشر مسمّاة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1003" />
        <source>unhealthy</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1004" />
        <source>unhealthy at the end of the period</source>
        <translation>غير سليمة عند نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1005" />
        <source>with a reason on record</source>
        <translation>مع سبب مسجّل</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1006" />
        <source>{action} is under dual control: a second account must approve it.</source>
        <translation>الإجراء {action} خاضع للرقابة الثنائية: يجب أن يوافق عليه حساب ثانٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1007" />
        <source>{action} needs a reason on record, and none was given.</source>
        <translation>يتطلب {action} سبباً مسجلاً، ولم يُعطَ أي سبب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1008" />
        <source>{address} is not an IP address or host name.</source>
        <translation>{address} ليس عنوان IP ولا اسم مضيف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1009" />
        <source>{approver} ({role}) may not approve {action}.</source>
        <translation>لا يحق لـ {approver} ({role}) الموافقة على {action}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1010" />
        <source>{bundle} is a {bundle_type} bundle; only models are rolled back.</source>
        <translation>{bundle} حزمة من نوع {bundle_type}؛ ولا يُتراجع إلا عن النماذج.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1011" />
        <source>{bundle} was not deployed on %n node(s): {failures}</source>
        <translation>
            <numerusform>لم تُنشر {bundle} على أي عقدة: {failures}</numerusform>
            <numerusform>لم تُنشر {bundle} على عقدة واحدة: {failures}</numerusform>
            <numerusform>لم تُنشر {bundle} على عقدتين: {failures}</numerusform>
            <numerusform>لم تُنشر {bundle} على %n عقد: {failures}</numerusform>
            <numerusform>لم تُنشر {bundle} على %n عقدة: {failures}</numerusform>
            <numerusform>لم تُنشر {bundle} على %n عقدة: {failures}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1012" />
        <source>{bundle} {version} replaced version {asked}; new jobs run {version}.</source>
        <translation>حلّ {bundle} {version} محل الإصدار {asked}؛ المهام الجديدة تشغّل {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1020" />
        <source>{duration} is not a duration.</source>
        <translation>{duration} ليست مدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1021" />
        <source>{events}: a GPU memory page fault, most often an illegal address used by the application.</source>
        <translation>{events}: خطأ صفحة في ذاكرة الـ GPU، وغالباً ما يكون عنواناً غير مسموح استخدمه التطبيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1022" />
        <source>{events}: a contained ECC error; the application using that memory was stopped, others go on.</source>
        <translation>{events}: خطأ ECC محصور؛ أوقف التطبيق الذي يستخدم تلك الذاكرة، وتستمر التطبيقات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1023" />
        <source>{events}: a context switch timed out.</source>
        <translation>{events}: انتهت مهلة تبديل سياق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1024" />
        <source>{events}: a double-bit ECC error in GPU memory.</source>
        <translation>{events}: خطأ ECC ثنائي البت في ذاكرة الـ GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1025" />
        <source>{events}: a graphics engine class error.</source>
        <translation>{events}: خطأ فئة في محرك الرسوميات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1026" />
        <source>{events}: a graphics engine exception, most often an error of the application (an out-of-range access or an illegal instruction).</source>
        <translation>{events}: استثناء في محرك الرسوميات، وغالباً ما يكون خطأً من التطبيق (وصول خارج النطاق أو تعليمة غير مسموحة).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1027" />
        <source>{events}: a high rate of single-bit ECC errors.</source>
        <translation>{events}: معدل مرتفع من أخطاء ECC أحادية البت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1028" />
        <source>{events}: a memory row was remapped or a page retired after an ECC error; it takes effect at the next GPU reset.</source>
        <translation>{events}: أعيد تعيين صف ذاكرة أو سُحبت صفحة بعد خطأ ECC؛ ويسري ذلك عند إعادة تعيين الـ GPU التالية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1029" />
        <source>{events}: a video decoder (NVDEC) exception.</source>
        <translation>{events}: استثناء في مفكك ترميز الفيديو (NVDEC).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1030" />
        <source>{events}: an NVLink error.</source>
        <translation>{events}: خطأ في NVLink.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1031" />
        <source>{events}: an internal micro-controller halted.</source>
        <translation>{events}: توقف متحكم دقيق داخلي عن العمل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1032" />
        <source>{events}: an internal micro-controller stopped at a breakpoint or warning.</source>
        <translation>{events}: توقف متحكم دقيق داخلي عند نقطة توقف أو تحذير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1033" />
        <source>{events}: an invalid or corrupted push buffer stream.</source>
        <translation>{events}: دفق مخزن أوامر غير صالح أو تالف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1034" />
        <source>{events}: an uncontained ECC error; every application on the GPU was affected.</source>
        <translation>{events}: خطأ ECC غير محصور؛ تأثرت كل التطبيقات على الـ GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1035" />
        <source>{events}: not in Airlock's copy of NVIDIA's XID catalogue; look it up there.</source>
        <translation>{events}: غير موجود في نسخة Airlock من كتالوج XID من NVIDIA؛ ابحث عنه هناك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1036" />
        <source>{events}: recording a row remapping or a page retirement failed.</source>
        <translation>{events}: فشل تسجيل إعادة تعيين صف أو سحب صفحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1037" />
        <source>{events}: the GPU System Processor (GSP) did not answer in time.</source>
        <translation>{events}: لم يستجب معالج نظام الـ GPU (GSP) في الوقت المحدد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1038" />
        <source>{events}: the GPU System Processor (GSP) reported an error.</source>
        <translation>{events}: أبلغ معالج نظام الـ GPU (GSP) عن خطأ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1039" />
        <source>{events}: the GPU failed to initialise.</source>
        <translation>{events}: فشلت تهيئة الـ GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1040" />
        <source>{events}: the GPU has fallen off the bus.</source>
        <translation>{events}: سقط الـ GPU عن الناقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1041" />
        <source>{events}: the GPU stopped a channel after an error of the application.</source>
        <translation>{events}: أوقف الـ GPU قناةً بعد خطأ من التطبيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1042" />
        <source>{events}: the GPU stopped processing (a channel timed out).</source>
        <translation>{events}: توقف الـ GPU عن المعالجة (انتهت مهلة قناة).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1043" />
        <source>{events}: the driver asks for a recovery action.</source>
        <translation>{events}: يطلب برنامج التشغيل إجراء استعادة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1044" />
        <source>{events}: the driver ended work early after an earlier error (preemptive cleanup).</source>
        <translation>{events}: أنهى برنامج التشغيل عملاً مبكراً بعد خطأ سابق (تنظيف استباقي).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1045" />
        <source>{file} belongs to another appliance than the manifest.</source>
        <translation>{file} يخص جهازاً غير الذي يذكره البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1048" />
        <source>{file} does not match its SHA-256 in the manifest: it was altered or damaged.</source>
        <translation>لا يطابق {file} بصمة SHA-256 الخاصة به في البيان: لقد عُدّل أو تلف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1050" />
        <source>{file} does not match the parts the manifest lists.</source>
        <translation>لا يطابق {file} الأجزاء التي يذكرها البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1051" />
        <source>{file} does not open with this backup's key: it belongs to another backup or was altered.</source>
        <translation>لا يُفتح {file} بمفتاح هذه النسخة الاحتياطية: إنه يخص نسخة أخرى أو عُدّل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1052" />
        <source>{file} ended %n byte(s) early (truncated or medium pulled?).</source>
        <translation>
            <numerusform>انتهى {file} قبل أوانه بـ %n بايت (مقتطَع أم نُزع الوسيط؟).</numerusform>
            <numerusform>انتهى {file} قبل أوانه ببايت واحد (مقتطَع أم نُزع الوسيط؟).</numerusform>
            <numerusform>انتهى {file} قبل أوانه ببايتين (مقتطَع أم نُزع الوسيط؟).</numerusform>
            <numerusform>انتهى {file} قبل أوانه بـ %n بايتات (مقتطَع أم نُزع الوسيط؟).</numerusform>
            <numerusform>انتهى {file} قبل أوانه بـ %n بايتاً (مقتطَع أم نُزع الوسيط؟).</numerusform>
            <numerusform>انتهى {file} قبل أوانه بـ %n بايت (مقتطَع أم نُزع الوسيط؟).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1013" />
        <source>{count} classification levels is more than {limit}.</source>
        <translation>عدد مستويات التصنيف {count} يتجاوز الحد {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="10" />
        <source>--classification {level} is not a classification.</source>
        <translation>--classification {level} ليس تصنيفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="11" />
        <source>--model-card {card} is not a file in {src}.</source>
        <translation>--model-card {card} ليس ملفاً في {src}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="12" />
        <source>--name {name} is not a bundle name.</source>
        <translation>--name {name} ليس اسم حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="13" />
        <source>--remove {key} is not a label key.</source>
        <translation>--remove {key} ليس مفتاح وسم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="14" />
        <source>--sbom {path} cannot be read: {error}.</source>
        <translation>تعذّرت قراءة --sbom {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="15" />
        <source>--sbom {path}: {problem}</source>
        <translation>مشكلة في --sbom {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="16" />
        <source>--split-size must be from {low} to {high} bytes.</source>
        <translation>يجب أن يكون --split-size بين {low} و{high} بايت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="17" />
        <source>--version is longer than {limit} characters.</source>
        <translation>--version أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="18" />
        <source>--version {version} is not a semantic version.</source>
        <translation>--version {version} ليس إصداراً دلالياً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="149" />
        <source>Check the content store (`airlock bundle check-store`), then deploy again.</source>
        <translation>افحص مخزن المحتوى (`airlock bundle check-store`) ثم أعد النشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="150" />
        <source>Check the content store (`airlock bundle check-store`).</source>
        <translation>افحص مخزن المحتوى (`airlock bundle check-store`).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="349" />
        <source>Its owner {owner} has no active account here any more.</source>
        <translation>لم يعد لمالكها {owner} حساب نشط هنا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1014" />
        <source>{directory} cannot be read: {error}.</source>
        <translation>تتعذر قراءة {directory}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1015" />
        <source>{directory} has no {payload}/ directory.</source>
        <translation>لا يحتوي {directory} على مجلد {payload}/.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1016" />
        <source>{directory} holds no readable {manifest} ({error}).</source>
        <translation>لا يحتوي {directory} على {manifest} قابل للقراءة ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1017" />
        <source>{directory} holds {entry}, which is not part of a bundle.</source>
        <translation>يحتوي {directory} على {entry}، وهو ليس جزءاً من أي حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1018" />
        <source>{directory} is nested deeper than {depth} levels.</source>
        <translation>{directory} متداخل بعمق يتجاوز {depth} مستوى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1019" />
        <source>{directory} is not a bundle directory.</source>
        <translation>{directory} ليس مجلد حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1046" />
        <source>{file} carries too many signatures.</source>
        <translation>يحمل {file} تواقيع أكثر من اللازم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1047" />
        <source>{file} changed on the medium after it was checked.</source>
        <translation>تغيّر {file} على الوسيط بعد فحصه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1049" />
        <source>{file} does not match its signed SHA-256.</source>
        <translation>{file} لا يطابق قيمة SHA-256 الموقَّعة له.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1053" />
        <source>{file} ends before the length the manifest gives: it was truncated.</source>
        <translation>ينتهي {file} قبل الطول الذي يذكره البيان: لقد اقتُطع.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1054" />
        <source>{file} ends like a split part (.partNNN), an ending bundles keep for the parts of large files.</source>
        <translation>ينتهي {file} كجزء مقسوم (.partNNN)، وهي نهاية تحفظها الحزم لأجزاء الملفات الكبيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1055" />
        <source>{file} has {actual} bytes; the manifest says {expected}.</source>
        <translation>يحتوي {file} على {actual} بايت؛ ويذكر البيان {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1056" />
        <source>{file} holds '{found}' metadata, not {expected}.</source>
        <translation>يحتوي {file} على بيانات وصفية من نوع '{found}' لا {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1057" />
        <source>{file} in the backup is not a regular file.</source>
        <translation>{file} في النسخة الاحتياطية ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1058" />
        <source>{file} is far larger than it can be in a backup.</source>
        <translation>{file} أكبر بكثير مما يمكن أن يكون في نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1059" />
        <source>{file} is in the backup folder but not in its manifest: something was added.</source>
        <translation>{file} موجود في مجلد النسخة الاحتياطية لكن ليس في بيانها: أُضيف شيء ما.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1060" />
        <source>{file} is missing from the backup.</source>
        <translation>{file} مفقود من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1061" />
        <source>{file} is missing from the medium: the backup needs it.</source>
        <translation>{file} مفقود من الوسيط: النسخة الاحتياطية تحتاجه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1062" />
        <source>{file} is not valid TUF metadata.</source>
        <translation>{file} ليس بيانات وصفية TUF صالحة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1063" />
        <source>{file} is {size} bytes, above {limit}.</source>
        <translation>حجم {file} هو {size} بايت، أي فوق {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1064" />
        <source>{file} on the medium is longer than the manifest signs.</source>
        <translation>{file} على الوسيط أطول مما يوقّعه البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1065" />
        <source>{fingerprint} is not an SSH host key fingerprint.</source>
        <translation>{fingerprint} ليست بصمة مفتاح مضيف SSH.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1066" />
        <source>{gpu}: %n PCIe replay(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: إعادات إرسال PCIe منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1067" />
        <source>{gpu}: %n corrected ECC error(s) since the driver loaded (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء ECC المصححة منذ تحميل برنامج التشغيل: %n (الحد {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1068" />
        <source>{gpu}: %n page(s) retired after double-bit errors.</source>
        <translation>
            <numerusform>{gpu}: لا صفحات مسحوبة بعد أخطاء ثنائية البت.</numerusform>
            <numerusform>{gpu}: صفحة واحدة مسحوبة بعد أخطاء ثنائية البت.</numerusform>
            <numerusform>{gpu}: صفحتان مسحوبتان بعد أخطاء ثنائية البت.</numerusform>
            <numerusform>{gpu}: %n صفحات مسحوبة بعد أخطاء ثنائية البت.</numerusform>
            <numerusform>{gpu}: %n صفحةً مسحوبة بعد أخطاء ثنائية البت.</numerusform>
            <numerusform>{gpu}: %n صفحة مسحوبة بعد أخطاء ثنائية البت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1069" />
        <source>{gpu}: %n row(s) remapped after uncorrectable errors.</source>
        <translation>
            <numerusform>{gpu}: لا صفوف أُعيد تعيينها بعد أخطاء غير قابلة للتصحيح.</numerusform>
            <numerusform>{gpu}: صف واحد أُعيد تعيينه بعد أخطاء غير قابلة للتصحيح.</numerusform>
            <numerusform>{gpu}: صفان أُعيد تعيينهما بعد أخطاء غير قابلة للتصحيح.</numerusform>
            <numerusform>{gpu}: %n صفوف أُعيد تعيينها بعد أخطاء غير قابلة للتصحيح.</numerusform>
            <numerusform>{gpu}: %n صفاً أُعيد تعيينه بعد أخطاء غير قابلة للتصحيح.</numerusform>
            <numerusform>{gpu}: %n صف أُعيد تعيينه بعد أخطاء غير قابلة للتصحيح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1070" />
        <source>{gpu}: %n uncorrectable ECC error(s) in its lifetime.</source>
        <translation>
            <numerusform>{gpu}: لا أخطاء ECC غير قابلة للتصحيح طوال عمرها.</numerusform>
            <numerusform>{gpu}: خطأ ECC واحد غير قابل للتصحيح طوال عمرها.</numerusform>
            <numerusform>{gpu}: خطآن ECC غير قابلين للتصحيح طوال عمرها.</numerusform>
            <numerusform>{gpu}: %n أخطاء ECC غير قابلة للتصحيح طوال عمرها.</numerusform>
            <numerusform>{gpu}: %n خطأً ECC غير قابل للتصحيح طوال عمرها.</numerusform>
            <numerusform>{gpu}: %n خطأ ECC غير قابل للتصحيح طوال عمرها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1071" />
        <source>{gpu}: %n uncorrectable ECC error(s) since the driver loaded.</source>
        <translation>
            <numerusform>{gpu}: لا أخطاء ECC غير قابلة للتصحيح منذ تحميل المشغل.</numerusform>
            <numerusform>{gpu}: خطأ ECC واحد غير قابل للتصحيح منذ تحميل المشغل.</numerusform>
            <numerusform>{gpu}: خطآن ECC غير قابلين للتصحيح منذ تحميل المشغل.</numerusform>
            <numerusform>{gpu}: %n أخطاء ECC غير قابلة للتصحيح منذ تحميل المشغل.</numerusform>
            <numerusform>{gpu}: %n خطأً ECC غير قابل للتصحيح منذ تحميل المشغل.</numerusform>
            <numerusform>{gpu}: %n خطأ ECC غير قابل للتصحيح منذ تحميل المشغل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1072" />
        <source>{gpu}: NVLink {links} inactive while its other links are up.</source>
        <translation>{gpu}: رابط NVLink {links} غير نشط بينما روابطه الأخرى تعمل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1073" />
        <source>{gpu}: NVLink {link} has %n CRC error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء CRC في NVLink {link}: %n (الحد {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1074" />
        <source>{gpu}: NVLink {link} has %n recovery error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء الاستعادة في NVLink {link}: %n (الحد {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/core_phrases.py" line="1075" />
        <source>{gpu}: NVLink {link} has %n replay error(s) (threshold {limit}).</source>
        <translation>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
            <numerusform>{gpu}: أخطاء إعادة الإرسال في NVLink {link}: %n (الحد {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1076" />
        <source>{gpu}: at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu}: عند عتبة التباطؤ أو تجاوزها (تُبطئ GPU نفسها).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1077" />
        <source>{gpu}: remapped rows wait for a GPU reset.</source>
        <translation>{gpu}: صفوف أُعيد تعيينها تنتظر إعادة ضبط GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1078" />
        <source>{gpu}: retired pages wait for a GPU reset.</source>
        <translation>{gpu}: صفحات مسحوبة تنتظر إعادة ضبط GPU.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1079" />
        <source>{gpu}: row remapping failed; the GPU needs service.</source>
        <translation>{gpu}: فشلت إعادة تعيين الصفوف؛ تحتاج GPU إلى صيانة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1080" />
        <source>{gpu}: the PCIe link runs at generation {gen} of {maximum} while the GPU is busy.</source>
        <translation>{gpu}: يعمل رابط PCIe بالجيل {gen} من أصل {maximum} والـ GPU مشغول.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1081" />
        <source>{gpu}: the PCIe link runs at x{width} of x{maximum}.</source>
        <translation>{gpu}: يعمل رابط PCIe بعرض x{width} من أصل x{maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1082" />
        <source>{gpu}: the slot allows PCIe generation {host}; the GPU could run {device}.</source>
        <translation>{gpu}: تسمح الفتحة بالجيل {host} من PCIe؛ ويمكن للـ GPU العمل بالجيل {device}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1083" />
        <source>{gpu}: {celsius} C, at or above the {limit} C threshold.</source>
        <translation>{gpu}: {celsius} درجة مئوية، عند حد {limit} درجة مئوية أو فوقه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1084" />
        <source>{gpu}: {celsius} C, at or past its slowdown threshold (the GPU slows itself down).</source>
        <translation>{gpu}: {celsius} °م، عند عتبة التباطؤ أو تجاوزها (تُبطئ GPU نفسها).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1085" />
        <source>{host}: {task} changed</source>
        <translation>{host}: {task} معدّلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1086" />
        <source>{host}: {task} failed</source>
        <translation>{host}: {task} فاشلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1087" />
        <source>{host}: {task} ok</source>
        <translation>{host}: {task} سليمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1088" />
        <source>{host}: {task} skipped</source>
        <translation>{host}: {task} متخطّاة</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1089" />
        <source>{host}: {task} unreachable</source>
        <translation>{host}: {task} يتعذر الوصول</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1090" />
        <source>{host}: {task} {status}</source>
        <translation>{host}: {task}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1091" />
        <source>{job} is not a job number.</source>
        <translation>{job} ليس رقم مهمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1092" />
        <source>{level} is not a classification level.</source>
        <translation>{level} ليس مستوى تصنيف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1093" />
        <source>{location} is {size} bytes, longer than the {length} the manifest signs.</source>
        <translation>حجم {location} هو {size} بايت، أكبر من {length} بايت الموقَّعة في البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1094" />
        <source>{location} is {size} bytes, shorter than the {length} the manifest signs.</source>
        <translation>حجم {location} هو {size} بايت، أصغر من {length} بايت الموقَّعة في البيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1095" />
        <source>{mount}: only {percent}% free.</source>
        <translation>{mount}: {percent}% فقط حرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1096" />
        <source>{name} cannot name an audit export directory.</source>
        <translation>لا يصلح {name} اسماً لمجلد تصدير التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1097" />
        <source>{name} is not a bundle name.</source>
        <translation>{name} ليس اسم حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1098" />
        <source>{name} is not a valid account name.</source>
        <translation>{name} ليس اسم حساب صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1099" />
        <source>{name} is not a valid node name.</source>
        <translation>{name} ليس اسم عقدة صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1100" />
        <source>{name} is the last active admin: it can be neither disabled nor removed.</source>
        <translation>{name} هو آخر مدير نشط: لا يمكن تعطيله ولا إزالته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1101" />
        <source>{name} {version} expired on {date}. Expiry checked against the system clock ({system}), which is not behind the newest signing time already imported ({floor}).</source>
        <translation>انتهت صلاحية {name} {version} في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})، وهي غير متأخرة عن أحدث وقت توقيع سبق استيراده ({floor}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1102" />
        <source>{name} {version} expired on {date}. Expiry checked against the system clock ({system}); no earlier import sets a lower bound.</source>
        <translation>انتهت صلاحية {name} {version} في {date}. فُحص انتهاء الصلاحية مقابل ساعة النظام ({system})؛ ولا يفرض أي استيراد سابق حداً أدنى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1103" />
        <source>{name} {version} expired on {date}. Expiry checked against {floor}, the newest signing time already imported, because the system clock ({system}) is behind it.</source>
        <translation>انتهت صلاحية {name} {version} في {date}. فُحص انتهاء الصلاحية مقابل {floor}، وهو أحدث وقت توقيع سبق استيراده، لأن ساعة النظام ({system}) متأخرة عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1104" />
        <source>{name} {version} is imported already.</source>
        <translation>{name} {version} مستورد مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1105" />
        <source>{name} {version} is not newer than the imported version {imported}.</source>
        <translation>{name} {version} ليس أحدث من الإصدار المستورد {imported}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1106" />
        <source>{name} {version} was imported before with different content.</source>
        <translation>سبق استيراد {name} {version} بمحتوى مختلف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1107" />
        <source>{name}@{version} is a {type} bundle, not an app bundle.</source>
        <translation>{name}@{version} حزمة من نوع {type}، وليست حزمة تطبيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1108" />
        <source>{node} answered about {count} files, not {expected}.</source>
        <translation>ردّت {node} بشأن {count} من الملفات بدلاً من {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1109" />
        <source>{node} answered the transfer with something unreadable.</source>
        <translation>ردّت {node} على النقل بشيء غير مقروء.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1110" />
        <source>{node} is a relay already, serving {pattern}.</source>
        <translation>{node} مُرحِّل بالفعل، يخدم {pattern}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1111" />
        <source>{node} is a relay; its nodes would lose their path.</source>
        <translation>{node} مُرحِّل؛ ستفقد عقده مسارها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1112" />
        <source>{node} is blocked: its host key changed.</source>
        <translation>{node} محظورة: تغيّر مفتاح مضيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1113" />
        <source>{node} is not a relay.</source>
        <translation>{node} ليست مُرحِّلاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1114" />
        <source>{node} is reached through relay {relay}; a relay must be reached directly.</source>
        <translation>يُوصَل إلى {node} عبر المُرحِّل {relay}؛ يجب الوصول إلى المُرحِّل مباشرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1115" />
        <source>{node} refused the transfer: {error}.</source>
        <translation>رفضت {node} النقل: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1116" />
        <source>{option} is longer than {limit} characters.</source>
        <translation>{option} أطول من {limit} حرفاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1117" />
        <source>{option} {value} is not a date.</source>
        <translation>{option} {value} ليس تاريخاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1118" />
        <source>{part} does not match its signed SHA-256 (damaged or parts reordered).</source>
        <translation>{part} لا يطابق قيمة SHA-256 الموقَّعة له (تالف أو تغيّر ترتيب الأجزاء).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1119" />
        <source>{path} already exists.</source>
        <translation>{path} موجود مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1120" />
        <source>{path} already holds an Airlock vault.</source>
        <translation>يحتوي {path} على خزنة Airlock بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1121" />
        <source>{path} appeared while the export was being written.</source>
        <translation>ظهر {path} أثناء كتابة التصدير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1122" />
        <source>{path} arrived on {node} with SHA-256 {sha256}, not the one recorded; the node removed it.</source>
        <translation>وصل {path} إلى {node} بقيمة SHA-256 {sha256}، لا القيمة المسجلة؛ وقد حذفته العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1123" />
        <source>{path} exists already.</source>
        <translation>{path} موجود مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1124" />
        <source>{path} has an unknown format.</source>
        <translation>صيغة {path} غير معروفة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1125" />
        <source>{path} has {free} MiB free; the restore needs {needed} MiB.</source>
        <translation>في {path} مساحة حرة قدرها {free} MiB؛ تحتاج الاستعادة {needed} MiB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1126" />
        <source>{path} holds a {keytype} key; publisher keys are Ed25519.</source>
        <translation>يحتوي {path} على مفتاح {keytype}؛ ومفاتيح الناشر من نوع Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1127" />
        <source>{path} holds an Airlock vault; a restore never overwrites one.</source>
        <translation>يحتوي {path} على خزنة Airlock؛ لا تكتب الاستعادة فوق خزنة أبداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1128" />
        <source>{path} holds no Airlock backup (no manifest.json).</source>
        <translation>لا يحتوي {path} على نسخة احتياطية لـ Airlock (لا يوجد manifest.json).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1129" />
        <source>{path} is a device node, not a directory.</source>
        <translation>{path} ملف جهاز وليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1130" />
        <source>{path} is a named pipe, not a directory.</source>
        <translation>{path} أنبوب مسمّى وليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1131" />
        <source>{path} is a socket, not a directory.</source>
        <translation>{path} مقبس (socket) وليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1132" />
        <source>{path} is a symbolic link, not a directory.</source>
        <translation>{path} رابط رمزي وليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1133" />
        <source>{path} is damaged.</source>
        <translation>{path} تالف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1134" />
        <source>{path} is larger than {limit} bytes; it was not parsed.</source>
        <translation>حجم {path} يتجاوز {limit} بايت؛ لم يُحلَّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1135" />
        <source>{path} is not a folder.</source>
        <translation>{path} ليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1136" />
        <source>{path} is not a regular file, not a directory.</source>
        <translation>{path} ليس ملفاً عادياً ولا مجلداً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1137" />
        <source>{path} is not a regular file.</source>
        <translation>{path} ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1138" />
        <source>{path} is not a valid key slot file.</source>
        <translation>{path} ليس ملف خانات مفاتيح صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1139" />
        <source>{path} is not an Airlock public key file.</source>
        <translation>{path} ليس ملف مفتاح عام لـ Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1140" />
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} ليس مفتاح Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1141" />
        <source>{path} is not empty (it holds {names}).</source>
        <translation>{path} ليس فارغاً (يحتوي {names}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1142" />
        <source>{path} is not encrypted.</source>
        <translation>{path} غير مشفَّر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1143" />
        <source>{path} is shorter than its recorded {length} bytes.</source>
        <translation>{path} أقصر من طوله المسجل البالغ {length} بايت.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1144" />
        <source>{path} is too large to be a private key file.</source>
        <translation>{path} أكبر من أن يكون ملف مفتاح خاص.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1145" />
        <source>{path} is too large to be a public key file.</source>
        <translation>{path} أكبر من أن يكون ملف مفتاح عام.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1146" />
        <source>{path} on {node} is incomplete.</source>
        <translation>{path} على {node} غير مكتمل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1147" />
        <source>{pattern} is not a selection pattern a relay can serve.</source>
        <translation>{pattern} ليس نمط تحديد يمكن لمُرحِّل أن يخدمه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1148" />
        <source>{pattern} selects nodes another relay serves: {nodes}.</source>
        <translation>يحدد {pattern} عقداً يخدمها مُرحِّل آخر: {nodes}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1149" />
        <source>{ref} is not NAME@VERSION.</source>
        <translation>{ref} ليس بالشكل NAME@VERSION.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1150" />
        <source>{service} has failed.</source>
        <translation>فشل {service}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1151" />
        <source>{service} is not installed on this node.</source>
        <translation>{service} غير مثبت على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1152" />
        <source>{service} is not running.</source>
        <translation>{service} لا يعمل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1153" />
        <source>{service} is reloading its configuration.</source>
        <translation>{service} يعيد تحميل إعداداته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1154" />
        <source>{service} is starting, not active yet.</source>
        <translation>{service} قيد البدء، غير نشط بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1155" />
        <source>{service} is stopping.</source>
        <translation>{service} قيد الإيقاف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1156" />
        <source>{service} is {state}, not active.</source>
        <translation>{service} في الحالة {state}، غير نشط.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1157" />
        <source>{typed} is not a trust root fingerprint.</source>
        <translation>{typed} ليس بصمة جذر ثقة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1158" />
        <source>{user} is not a valid account name.</source>
        <translation>{user} ليس اسم حساب صالحاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1159" />
        <source>{value} is not a date.</source>
        <translation>{value} ليست تاريخاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1160" />
        <source>{value} is not a valid value for the health threshold {name}.</source>
        <translation>{value} ليست قيمة صالحة لحد الصحة {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1161" />
        <source>{value} is not a valid value for {name}.</source>
        <translation>{value} ليست قيمة صالحة لـ {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1162" />
        <source>{version} is not a bundle version.</source>
        <translation>{version} ليس إصدار حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1163" />
        <source>{version} is not an Airlock version.</source>
        <translation>{version} ليس إصداراً من Airlock.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_phrases.py" line="1164" />
        <source>{what} was cancelled; nothing was changed.</source>
        <translation>أُلغي: {what}؛ لم يتغير شيء.</translation>
    </message>
</context>
</TS>