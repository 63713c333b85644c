package io.vitrine.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pins are stored on the uncropped photo; the crop only maps them to and from what is seen. */
class CropTest {
    @Test
    void centredCropsHaveThePlatformShapes() {
        // a 4000x3000 landscape photo
        Crop square = Crop.centred(4000, 3000, AspectRatio.SQUARE);
        assertThat(square.aspectOf(4000, 3000)).isCloseTo(1.0, within(1e-9));
        assertThat(square.x()).isCloseTo(0.125, within(1e-9));
        assertThat(square.h()).isEqualTo(1.0);
        Crop portrait = Crop.centred(4000, 3000, AspectRatio.PORTRAIT);
        assertThat(portrait.aspectOf(4000, 3000)).isCloseTo(0.8, within(1e-9));
        Crop landscape = Crop.centred(4000, 3000, AspectRatio.LANDSCAPE);
        assertThat(landscape.aspectOf(4000, 3000)).isCloseTo(1.91, within(1e-9));
        assertThat(landscape.w()).isEqualTo(1.0);
        assertThat(landscape.y() + landscape.h() / 2).isCloseTo(0.5, within(1e-9));
        assertThat(Crop.centred(4000, 3000, AspectRatio.ORIGINAL)).isEqualTo(Crop.FULL);
    }

    @Test
    void aClickOnTheCroppedViewLandsOnTheSamePointOfThePhoto() {
        Crop crop = Crop.centred(1000, 2000, AspectRatio.SQUARE); // x 0, y 0.25, w 1, h 0.5
        // the centre of the view is the centre of the photo
        assertThat(crop.photoX(0.5)).isCloseTo(0.5, within(1e-9));
        assertThat(crop.photoY(0.5)).isCloseTo(0.5, within(1e-9));
        // the top of the view is a quarter down the photo
        assertThat(crop.photoY(0.0)).isCloseTo(0.25, within(1e-9));
        // and back again
        assertThat(crop.viewY(crop.photoY(0.3))).isCloseTo(0.3, within(1e-9));
        assertThat(crop.viewX(crop.photoX(0.9))).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void changingTheCropNeverMovesAPinOnThePhoto() {
        PostImage photo = PostImage.uncropped("sha", 1200, 1500);
        Tag tag = new Tag(0, "LAMP", 0.62, 0.41);
        Post post = Post.newDraft(1).withImagesAndTags(java.util.List.of(photo), java.util.List.of(tag));
        Post square = new PostEdit.CropImage(0, AspectRatio.SQUARE, Crop.centred(1200, 1500, AspectRatio.SQUARE)).apply(post);
        Post moved = new PostEdit.CropImage(0, AspectRatio.SQUARE, square.images().get(0).crop().movedBy(0, 0.05)).apply(square);
        assertThat(moved.tags()).containsExactly(tag);
        Crop crop = moved.images().get(0).crop();
        // where it is drawn changes with the crop; where it is on the photo does not
        assertThat(crop.photoX(crop.viewX(tag.x()))).isCloseTo(0.62, within(1e-9));
        assertThat(crop.photoY(crop.viewY(tag.y()))).isCloseTo(0.41, within(1e-9));
    }

    @Test
    void aMovedCropStaysInsideThePhoto() {
        Crop crop = Crop.centred(1000, 1000, AspectRatio.LANDSCAPE);
        Crop top = crop.movedBy(0, -5);
        assertThat(top.y()).isZero();
        Crop bottom = crop.movedBy(0, 5);
        assertThat(bottom.y() + bottom.h()).isCloseTo(1.0, within(1e-9));
        assertThat(crop.movedBy(3, 0).x()).isZero(); // already full width
    }
}
