package whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.TestModels;
import whosaid.io.BadInputException;

/** {@link ModelFile#fromBytes}: bytes read elsewhere (a Spark broadcast) load as the file does, with its checks. */
class ModelFromBytesTest {
    @Test
    void theBytesOfAModelFileLoadAsTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.model");
        ModelFile.save(TestModels.tiny(), file);
        WhosaidModel model = ModelFile.fromBytes(Files.readAllBytes(file), "hdfs:///m/tiny.model");
        assertThat(model.labels()).isEqualTo(ModelFile.load(file).labels());
    }

    @Test
    void otherBytesAreBadInputNamingTheSource() {
        assertThatThrownBy(() -> ModelFile.fromBytes("not a model".getBytes(StandardCharsets.UTF_8), "s3a://b/x.model"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("s3a://b/x.model: ");
    }
}
