## 應用程式與命令列共用。

language-name = 繁體中文
