package org.supplierportal.b2b.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * A partner's system on the portal's SFTP server, as a real SSH client (Apache MINA SSHD's own) logs in: it drops
 * files in {@code /in} (written as .part, then renamed, as EDI software does) and fetches from {@code /out}.
 */
record SftpPartnerClient(SshClient client, SftpServer server, String login, String password, Path root) {

    void upload(String fileName, String content) throws IOException {
        try (ClientSession session = session(); SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            try (OutputStream out = sftp.write("/in/" + fileName + ".part")) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            sftp.rename("/in/" + fileName + ".part", "/in/" + fileName);
        }
    }

    String download(String fileName) throws IOException {
        try (ClientSession session = session(); SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
             InputStream in = sftp.read("/out/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The files waiting in the partner's out folder whose names start so, in name order. */
    List<String> outFiles(String prefix) throws IOException {
        Path out = root.resolve(login).resolve("out");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var files = Files.list(out)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".edi")).sorted().toList();
        }
    }

    private ClientSession session() throws IOException {
        ClientSession session = client.connect(login, "127.0.0.1", server.port()).verify(Duration.ofSeconds(30)).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(Duration.ofSeconds(30));
        return session;
    }
}
