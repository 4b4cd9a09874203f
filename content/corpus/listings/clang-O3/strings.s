	.text
	.intel_syntax noprefix
	.file	"strings.c"
	.globl	my_strlen                       # -- Begin function my_strlen
	.p2align	4, 0x90
	.type	my_strlen,@function
my_strlen:                              # @my_strlen
# %bb.0:
	mov	rax, -1
	.p2align	4, 0x90
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB0_1
# %bb.2:
	ret
.Lfunc_end0:
	.size	my_strlen, .Lfunc_end0-my_strlen
                                        # -- End function
	.globl	my_strcmp                       # -- Begin function my_strcmp
	.p2align	4, 0x90
	.type	my_strcmp,@function
my_strcmp:                              # @my_strcmp
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB1_4
# %bb.1:
	add	rdi, 1
	.p2align	4, 0x90
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	cmp	al, byte ptr [rsi]
	jne	.LBB1_5
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	add	rsi, 1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	jne	.LBB1_2
.LBB1_4:
	xor	eax, eax
.LBB1_5:
	movzx	eax, al
	movzx	ecx, byte ptr [rsi]
	sub	eax, ecx
	ret
.Lfunc_end1:
	.size	my_strcmp, .Lfunc_end1-my_strcmp
                                        # -- End function
	.globl	index_of                        # -- Begin function index_of
	.p2align	4, 0x90
	.type	index_of,@function
index_of:                               # @index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB2_5
# %bb.1:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	je	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	movzx	edx, byte ptr [rdi + rcx + 1]
	add	rcx, 1
	test	dl, dl
	jne	.LBB2_2
.LBB2_5:
	ret
.LBB2_4:
	mov	eax, ecx
	ret
.Lfunc_end2:
	.size	index_of, .Lfunc_end2-index_of
                                        # -- End function
	.globl	last_index_of                   # -- Begin function last_index_of
	.p2align	4, 0x90
	.type	last_index_of,@function
last_index_of:                          # @last_index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB3_3
# %bb.1:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	cmove	eax, ecx
	movzx	edx, byte ptr [rdi + rcx + 1]
	add	rcx, 1
	test	dl, dl
	jne	.LBB3_2
.LBB3_3:
	ret
.Lfunc_end3:
	.size	last_index_of, .Lfunc_end3-last_index_of
                                        # -- End function
	.globl	count_char                      # -- Begin function count_char
	.p2align	4, 0x90
	.type	count_char,@function
count_char:                             # @count_char
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB4_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	xor	edx, edx
	cmp	ecx, esi
	sete	dl
	add	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB4_3
# %bb.4:
	ret
.LBB4_1:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	count_char, .Lfunc_end4-count_char
                                        # -- End function
	.globl	to_upper                        # -- Begin function to_upper
	.p2align	4, 0x90
	.type	to_upper,@function
to_upper:                               # @to_upper
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB5_5
# %bb.1:
	add	rdi, 1
	jmp	.LBB5_2
	.p2align	4, 0x90
.LBB5_4:                                #   in Loop: Header=BB5_2 Depth=1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	je	.LBB5_5
.LBB5_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 97]
	cmp	cl, 25
	ja	.LBB5_4
# %bb.3:                                #   in Loop: Header=BB5_2 Depth=1
	add	al, -32
	mov	byte ptr [rdi - 1], al
	jmp	.LBB5_4
.LBB5_5:
	ret
.Lfunc_end5:
	.size	to_upper, .Lfunc_end5-to_upper
                                        # -- End function
	.globl	to_lower                        # -- Begin function to_lower
	.p2align	4, 0x90
	.type	to_lower,@function
to_lower:                               # @to_lower
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB6_5
# %bb.1:
	add	rdi, 1
	jmp	.LBB6_2
	.p2align	4, 0x90
.LBB6_4:                                #   in Loop: Header=BB6_2 Depth=1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	je	.LBB6_5
.LBB6_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 65]
	cmp	cl, 25
	ja	.LBB6_4
# %bb.3:                                #   in Loop: Header=BB6_2 Depth=1
	add	al, 32
	mov	byte ptr [rdi - 1], al
	jmp	.LBB6_4
.LBB6_5:
	ret
.Lfunc_end6:
	.size	to_lower, .Lfunc_end6-to_lower
                                        # -- End function
	.globl	reverse_string                  # -- Begin function reverse_string
	.p2align	4, 0x90
	.type	reverse_string,@function
reverse_string:                         # @reverse_string
# %bb.0:
	mov	rax, -1
	.p2align	4, 0x90
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB7_1
# %bb.2:
	mov	rdx, rax
	sub	rdx, 2
	jb	.LBB7_7
# %bb.3:
	mov	r9, rax
	shr	r9
	cmp	r9, 1
	jne	.LBB7_8
# %bb.4:
	xor	esi, esi
	jmp	.LBB7_5
.LBB7_8:
	and	r9, -2
	xor	esi, esi
	.p2align	4, 0x90
.LBB7_9:                                # =>This Inner Loop Header: Depth=1
	movzx	r8d, byte ptr [rdi + rsi]
	movzx	ecx, byte ptr [rdi + rdx + 1]
	mov	byte ptr [rdi + rsi], cl
	mov	byte ptr [rdi + rdx + 1], r8b
	movzx	r8d, byte ptr [rdi + rsi + 1]
	movzx	ecx, byte ptr [rdi + rdx]
	mov	byte ptr [rdi + rsi + 1], cl
	mov	byte ptr [rdi + rdx], r8b
	add	rsi, 2
	add	rdx, -2
	cmp	r9, rsi
	jne	.LBB7_9
.LBB7_5:
	test	al, 2
	je	.LBB7_7
# %bb.6:
	mov	r8b, byte ptr [rdi + rsi]
	mov	rcx, rsi
	not	rcx
	add	rcx, rdi
	mov	dl, byte ptr [rax + rcx]
	mov	byte ptr [rdi + rsi], dl
	mov	byte ptr [rax + rcx], r8b
.LBB7_7:
	ret
.Lfunc_end7:
	.size	reverse_string, .Lfunc_end7-reverse_string
                                        # -- End function
	.globl	is_palindrome                   # -- Begin function is_palindrome
	.p2align	4, 0x90
	.type	is_palindrome,@function
is_palindrome:                          # @is_palindrome
# %bb.0:
	mov	eax, -1
	mov	rcx, rdi
	.p2align	4, 0x90
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	byte ptr [rcx], 0
	lea	rcx, [rcx + 1]
	jne	.LBB8_1
# %bb.2:
	cdqe
	add	rax, -1
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB8_3:                                # =>This Inner Loop Header: Depth=1
	cmp	rcx, rax
	jge	.LBB8_4
# %bb.5:                                #   in Loop: Header=BB8_3 Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	add	rcx, 1
	lea	rsi, [rax - 1]
	cmp	dl, byte ptr [rdi + rax]
	mov	rax, rsi
	je	.LBB8_3
# %bb.6:
	xor	eax, eax
	ret
.LBB8_4:
	mov	eax, 1
	ret
.Lfunc_end8:
	.size	is_palindrome, .Lfunc_end8-is_palindrome
                                        # -- End function
	.globl	my_atoi                         # -- Begin function my_atoi
	.p2align	4, 0x90
	.type	my_atoi,@function
my_atoi:                                # @my_atoi
# %bb.0:
	.p2align	4, 0x90
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	add	rdi, 1
	movzx	ecx, byte ptr [rdi - 1]
	cmp	cl, 32
	je	.LBB9_1
# %bb.2:
	cmp	cl, 43
	je	.LBB9_4
# %bb.3:
	cmp	cl, 45
	jne	.LBB9_5
.LBB9_4:
	xor	eax, eax
	cmp	cl, 45
	setne	al
	lea	edx, [rax + rax]
	add	edx, -1
	mov	cl, byte ptr [rdi]
	lea	esi, [rcx - 48]
	xor	eax, eax
	cmp	sil, 9
	jbe	.LBB9_7
	jmp	.LBB9_9
.LBB9_5:
	add	rdi, -1
	mov	edx, 1
	lea	esi, [rcx - 48]
	xor	eax, eax
	cmp	sil, 9
	ja	.LBB9_9
.LBB9_7:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB9_8:                                # =>This Inner Loop Header: Depth=1
	movzx	ecx, cl
	lea	eax, [rax + 4*rax]
	lea	eax, [rcx + 2*rax]
	add	eax, -48
	movzx	ecx, byte ptr [rdi]
	lea	esi, [rcx - 48]
	add	rdi, 1
	cmp	sil, 10
	jb	.LBB9_8
.LBB9_9:
	imul	eax, edx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end9:
	.size	my_atoi, .Lfunc_end9-my_atoi
                                        # -- End function
	.globl	utoa_len                        # -- Begin function utoa_len
	.p2align	4, 0x90
	.type	utoa_len,@function
utoa_len:                               # @utoa_len
# %bb.0:
	xor	eax, eax
	mov	r8d, 3435973837
	.p2align	4, 0x90
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	ecx, [rdx + rdx]
	lea	r9d, [rcx + 4*rcx]
	mov	ecx, edi
	sub	ecx, r9d
	or	cl, 48
	mov	byte ptr [rsp + rax - 12], cl
	add	rax, 1
	cmp	edi, 9
	mov	edi, edx
	ja	.LBB10_1
# %bb.2:
	mov	r9d, eax
	cmp	r9, 8
	jae	.LBB10_4
# %bb.3:
	xor	r11d, r11d
	jmp	.LBB10_13
.LBB10_4:
	cmp	r9d, 32
	jae	.LBB10_6
# %bb.5:
	xor	r11d, r11d
	jmp	.LBB10_10
.LBB10_6:
	mov	r8d, eax
	and	r8d, 31
	mov	r11, r9
	sub	r11, r8
	lea	edx, [rax - 1]
	movsxd	rdx, edx
	lea	rdi, [rsp + rdx]
	add	rdi, -27
	mov	r10d, eax
	sub	r10, r8
	xor	edx, edx
	pxor	xmm0, xmm0
	.p2align	4, 0x90
.LBB10_7:                               # =>This Inner Loop Header: Depth=1
	movdqu	xmm1, xmmword ptr [rdi - 16]
	movdqu	xmm2, xmmword ptr [rdi]
	movdqa	xmm3, xmm2
	punpcklbw	xmm3, xmm0              # xmm3 = xmm3[0],xmm0[0],xmm3[1],xmm0[1],xmm3[2],xmm0[2],xmm3[3],xmm0[3],xmm3[4],xmm0[4],xmm3[5],xmm0[5],xmm3[6],xmm0[6],xmm3[7],xmm0[7]
	pshufd	xmm3, xmm3, 78                  # xmm3 = xmm3[2,3,0,1]
	pshuflw	xmm3, xmm3, 27                  # xmm3 = xmm3[3,2,1,0,4,5,6,7]
	pshufhw	xmm3, xmm3, 27                  # xmm3 = xmm3[0,1,2,3,7,6,5,4]
	punpckhbw	xmm2, xmm0              # xmm2 = xmm2[8],xmm0[8],xmm2[9],xmm0[9],xmm2[10],xmm0[10],xmm2[11],xmm0[11],xmm2[12],xmm0[12],xmm2[13],xmm0[13],xmm2[14],xmm0[14],xmm2[15],xmm0[15]
	pshufd	xmm2, xmm2, 78                  # xmm2 = xmm2[2,3,0,1]
	pshuflw	xmm2, xmm2, 27                  # xmm2 = xmm2[3,2,1,0,4,5,6,7]
	pshufhw	xmm2, xmm2, 27                  # xmm2 = xmm2[0,1,2,3,7,6,5,4]
	packuswb	xmm2, xmm3
	movdqa	xmm3, xmm1
	punpcklbw	xmm3, xmm0              # xmm3 = xmm3[0],xmm0[0],xmm3[1],xmm0[1],xmm3[2],xmm0[2],xmm3[3],xmm0[3],xmm3[4],xmm0[4],xmm3[5],xmm0[5],xmm3[6],xmm0[6],xmm3[7],xmm0[7]
	pshufd	xmm3, xmm3, 78                  # xmm3 = xmm3[2,3,0,1]
	pshuflw	xmm3, xmm3, 27                  # xmm3 = xmm3[3,2,1,0,4,5,6,7]
	pshufhw	xmm3, xmm3, 27                  # xmm3 = xmm3[0,1,2,3,7,6,5,4]
	punpckhbw	xmm1, xmm0              # xmm1 = xmm1[8],xmm0[8],xmm1[9],xmm0[9],xmm1[10],xmm0[10],xmm1[11],xmm0[11],xmm1[12],xmm0[12],xmm1[13],xmm0[13],xmm1[14],xmm0[14],xmm1[15],xmm0[15]
	pshufd	xmm1, xmm1, 78                  # xmm1 = xmm1[2,3,0,1]
	pshuflw	xmm1, xmm1, 27                  # xmm1 = xmm1[3,2,1,0,4,5,6,7]
	pshufhw	xmm1, xmm1, 27                  # xmm1 = xmm1[0,1,2,3,7,6,5,4]
	packuswb	xmm1, xmm3
	movdqu	xmmword ptr [rsi + rdx], xmm2
	movdqu	xmmword ptr [rsi + rdx + 16], xmm1
	add	rdx, 32
	add	rdi, -32
	cmp	r10, rdx
	jne	.LBB10_7
# %bb.8:
	test	r8, r8
	je	.LBB10_15
# %bb.9:
	cmp	r8d, 8
	jb	.LBB10_13
.LBB10_10:
	mov	r8d, eax
	and	r8d, 7
	sub	r9, r8
	mov	rdx, r11
	neg	rdx
	add	rdx, rsp
	add	rdx, -12
	lea	edi, [rax - 1]
	movsxd	rdi, edi
	add	rdi, rdx
	add	rdi, -7
	mov	edx, eax
	sub	rdx, r8
	pxor	xmm0, xmm0
	.p2align	4, 0x90
.LBB10_11:                              # =>This Inner Loop Header: Depth=1
	movq	xmm1, qword ptr [rdi]           # xmm1 = mem[0],zero
	punpcklbw	xmm1, xmm0              # xmm1 = xmm1[0],xmm0[0],xmm1[1],xmm0[1],xmm1[2],xmm0[2],xmm1[3],xmm0[3],xmm1[4],xmm0[4],xmm1[5],xmm0[5],xmm1[6],xmm0[6],xmm1[7],xmm0[7]
	pshufd	xmm1, xmm1, 78                  # xmm1 = xmm1[2,3,0,1]
	pshuflw	xmm1, xmm1, 27                  # xmm1 = xmm1[3,2,1,0,4,5,6,7]
	pshufhw	xmm1, xmm1, 27                  # xmm1 = xmm1[0,1,2,3,7,6,5,4]
	packuswb	xmm1, xmm1
	movq	qword ptr [rsi + r11], xmm1
	add	r11, 8
	add	rdi, -8
	cmp	rdx, r11
	jne	.LBB10_11
# %bb.12:
	mov	r11, r9
	test	r8, r8
	je	.LBB10_15
.LBB10_13:
	mov	rdx, r11
	neg	rdx
	lea	rdi, [rsp + rdx]
	add	rdi, -12
	lea	edx, [rax - 1]
	movsxd	rdx, edx
	add	rdx, rdi
	mov	edi, eax
	.p2align	4, 0x90
.LBB10_14:                              # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rdx]
	mov	byte ptr [rsi + r11], cl
	add	r11, 1
	add	rdx, -1
	cmp	rdi, r11
	jne	.LBB10_14
.LBB10_15:
	mov	ecx, eax
	mov	byte ptr [rsi + rcx], 0
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end10:
	.size	utoa_len, .Lfunc_end10-utoa_len
                                        # -- End function
	.globl	count_words                     # -- Begin function count_words
	.p2align	4, 0x90
	.type	count_words,@function
count_words:                            # @count_words
# %bb.0:
	xor	eax, eax
	xor	ecx, ecx
	jmp	.LBB11_1
	.p2align	4, 0x90
.LBB11_4:                               #   in Loop: Header=BB11_1 Depth=1
	xor	ecx, ecx
	add	rdi, 1
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi]
	lea	esi, [rdx - 9]
	cmp	sil, 2
	jb	.LBB11_2
# %bb.3:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	dl, 32
	je	.LBB11_4
# %bb.5:                                #   in Loop: Header=BB11_1 Depth=1
	test	dl, dl
	je	.LBB11_8
# %bb.6:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	ecx, 1
	adc	eax, 0
	mov	ecx, 1
	add	rdi, 1
	jmp	.LBB11_1
	.p2align	4, 0x90
.LBB11_2:                               #   in Loop: Header=BB11_1 Depth=1
	xor	ecx, ecx
	add	rdi, 1
	jmp	.LBB11_1
.LBB11_8:
	ret
.Lfunc_end11:
	.size	count_words, .Lfunc_end11-count_words
                                        # -- End function
	.globl	count_vowels                    # -- Begin function count_vowels
	.p2align	4, 0x90
	.type	count_vowels,@function
count_vowels:                           # @count_vowels
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB12_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	mov	ecx, 1173
	jmp	.LBB12_3
	.p2align	4, 0x90
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=1
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	je	.LBB12_7
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	or	dl, 32
	movsx	edx, dl
	add	edx, -97
	ror	edx
	cmp	edx, 10
	ja	.LBB12_6
# %bb.4:                                #   in Loop: Header=BB12_3 Depth=1
	bt	ecx, edx
	jae	.LBB12_6
# %bb.5:                                #   in Loop: Header=BB12_3 Depth=1
	add	eax, 1
	jmp	.LBB12_6
.LBB12_7:
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	count_vowels, .Lfunc_end12-count_vowels
                                        # -- End function
	.globl	span_digits                     # -- Begin function span_digits
	.p2align	4, 0x90
	.type	span_digits,@function
span_digits:                            # @span_digits
# %bb.0:
	mov	rax, -1
	.p2align	4, 0x90
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rdi + rax + 1]
	add	cl, -48
	add	rax, 1
	cmp	cl, 10
	jb	.LBB13_1
# %bb.2:
	ret
.Lfunc_end13:
	.size	span_digits, .Lfunc_end13-span_digits
                                        # -- End function
	.globl	parse_hex                       # -- Begin function parse_hex
	.p2align	4, 0x90
	.type	parse_hex,@function
parse_hex:                              # @parse_hex
# %bb.0:
	xor	eax, eax
	jmp	.LBB14_1
	.p2align	4, 0x90
.LBB14_2:                               #   in Loop: Header=BB14_1 Depth=1
	add	ecx, -48
.LBB14_5:                               #   in Loop: Header=BB14_1 Depth=1
	shl	eax, 4
	add	eax, ecx
	add	rdi, 1
.LBB14_1:                               # =>This Inner Loop Header: Depth=1
	movsx	ecx, byte ptr [rdi]
	lea	edx, [rcx - 48]
	cmp	dl, 9
	jbe	.LBB14_2
# %bb.3:                                #   in Loop: Header=BB14_1 Depth=1
	or	ecx, 32
	lea	edx, [rcx - 97]
	cmp	edx, 5
	ja	.LBB14_6
# %bb.4:                                #   in Loop: Header=BB14_1 Depth=1
	add	ecx, -87
	jmp	.LBB14_5
.LBB14_6:
	ret
.Lfunc_end14:
	.size	parse_hex, .Lfunc_end14-parse_hex
                                        # -- End function
	.globl	caesar                          # -- Begin function caesar
	.p2align	4, 0x90
	.type	caesar,@function
caesar:                                 # @caesar
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB15_8
# %bb.1:
	movsxd	rcx, esi
	imul	rdx, rcx, 1321528399
	mov	rsi, rdx
	shr	rsi, 63
	sar	rdx, 35
	add	edx, esi
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	sub	ecx, esi
	add	cl, 26
	movzx	ecx, cl
	imul	edx, ecx, 79
	shr	edx, 11
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	sub	cl, sil
	movzx	r8d, cl
	add	rdi, 1
	jmp	.LBB15_2
	.p2align	4, 0x90
.LBB15_3:                               #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 97
	mov	esi, -97
.LBB15_6:                               #   in Loop: Header=BB15_2 Depth=1
	movsx	eax, al
	add	eax, r8d
	add	eax, esi
	cdqe
	imul	rsi, rax, 1321528399
	mov	rcx, rsi
	shr	rcx, 63
	shr	rsi, 35
	add	esi, ecx
	lea	ecx, [rsi + 4*rsi]
	lea	ecx, [rcx + 4*rcx]
	add	ecx, esi
	sub	eax, ecx
	add	al, dl
	mov	byte ptr [rdi - 1], al
.LBB15_7:                               #   in Loop: Header=BB15_2 Depth=1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	je	.LBB15_8
.LBB15_2:                               # =>This Inner Loop Header: Depth=1
	lea	edx, [rax - 97]
	cmp	dl, 26
	jb	.LBB15_3
# %bb.4:                                #   in Loop: Header=BB15_2 Depth=1
	lea	edx, [rax - 65]
	cmp	dl, 25
	ja	.LBB15_7
# %bb.5:                                #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 65
	mov	esi, -65
	jmp	.LBB15_6
.LBB15_8:
	ret
.Lfunc_end15:
	.size	caesar, .Lfunc_end15-caesar
                                        # -- End function
	.globl	starts_with                     # -- Begin function starts_with
	.p2align	4, 0x90
	.type	starts_with,@function
starts_with:                            # @starts_with
# %bb.0:
	xor	eax, eax
	.p2align	4, 0x90
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rsi + rax]
	test	cl, cl
	je	.LBB16_2
# %bb.3:                                #   in Loop: Header=BB16_1 Depth=1
	lea	rdx, [rax + 1]
	cmp	byte ptr [rdi + rax], cl
	mov	rax, rdx
	je	.LBB16_1
# %bb.4:
	xor	eax, eax
	ret
.LBB16_2:
	mov	eax, 1
	ret
.Lfunc_end16:
	.size	starts_with, .Lfunc_end16-starts_with
                                        # -- End function
	.globl	leading_spaces                  # -- Begin function leading_spaces
	.p2align	4, 0x90
	.type	leading_spaces,@function
leading_spaces:                         # @leading_spaces
# %bb.0:
	mov	eax, -1
	.p2align	4, 0x90
.LBB17_1:                               # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	byte ptr [rdi], 32
	lea	rdi, [rdi + 1]
	je	.LBB17_1
# %bb.2:
	ret
.Lfunc_end17:
	.size	leading_spaces, .Lfunc_end17-leading_spaces
                                        # -- End function
	.globl	trailing_spaces                 # -- Begin function trailing_spaces
	.p2align	4, 0x90
	.type	trailing_spaces,@function
trailing_spaces:                        # @trailing_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB18_1
# %bb.2:
	add	rdi, 1
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB18_3:                               # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	cl, 32
	cmovne	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB18_3
# %bb.4:
	ret
.LBB18_1:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	trailing_spaces, .Lfunc_end18-trailing_spaces
                                        # -- End function
	.globl	strcasecmp_ascii                # -- Begin function strcasecmp_ascii
	.p2align	4, 0x90
	.type	strcasecmp_ascii,@function
strcasecmp_ascii:                       # @strcasecmp_ascii
# %bb.0:
	mov	cl, byte ptr [rdi]
	mov	eax, ecx
	or	al, 32
	mov	dl, byte ptr [rsi]
	mov	r10d, edx
	or	r10b, 32
	test	dl, dl
	sete	r8b
	test	cl, cl
	sete	r9b
	je	.LBB19_7
# %bb.1:
	test	dl, dl
	je	.LBB19_7
# %bb.2:
	cmp	al, r10b
	jne	.LBB19_7
# %bb.3:
	mov	edx, 1
	.p2align	4, 0x90
.LBB19_4:                               # =>This Inner Loop Header: Depth=1
	movzx	r9d, byte ptr [rdi + rdx]
	mov	eax, r9d
	or	al, 32
	movzx	ecx, byte ptr [rsi + rdx]
	mov	r10d, ecx
	or	r10b, 32
	test	cl, cl
	sete	r8b
	test	r9b, r9b
	sete	r9b
	je	.LBB19_7
# %bb.5:                                #   in Loop: Header=BB19_4 Depth=1
	test	cl, cl
	je	.LBB19_7
# %bb.6:                                #   in Loop: Header=BB19_4 Depth=1
	add	rdx, 1
	cmp	al, r10b
	je	.LBB19_4
.LBB19_7:
	movsx	eax, al
	xor	ecx, ecx
	test	r9b, r9b
	cmovne	eax, ecx
	movsx	edx, r10b
	test	r8b, r8b
	cmovne	edx, ecx
	sub	eax, edx
	ret
.Lfunc_end19:
	.size	strcasecmp_ascii, .Lfunc_end19-strcasecmp_ascii
                                        # -- End function
	.globl	copy_string                     # -- Begin function copy_string
	.p2align	4, 0x90
	.type	copy_string,@function
copy_string:                            # @copy_string
# %bb.0:
	xor	eax, eax
	.p2align	4, 0x90
.LBB20_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rsi + rax]
	mov	byte ptr [rdi + rax], cl
	add	rax, 1
	test	cl, cl
	jne	.LBB20_1
# %bb.2:
	ret
.Lfunc_end20:
	.size	copy_string, .Lfunc_end20-copy_string
                                        # -- End function
	.globl	is_identifier                   # -- Begin function is_identifier
	.p2align	4, 0x90
	.type	is_identifier,@function
is_identifier:                          # @is_identifier
# %bb.0:
	mov	cl, byte ptr [rdi]
	cmp	cl, 95
	je	.LBB21_2
# %bb.1:
	or	cl, 32
	add	cl, -97
	xor	eax, eax
	cmp	cl, 25
	ja	.LBB21_8
	.p2align	4, 0x90
.LBB21_2:                               # =>This Inner Loop Header: Depth=1
	add	rdi, 1
	movzx	eax, byte ptr [rdi]
	cmp	al, 95
	je	.LBB21_2
# %bb.3:                                #   in Loop: Header=BB21_2 Depth=1
	test	al, al
	je	.LBB21_4
# %bb.5:                                #   in Loop: Header=BB21_2 Depth=1
	lea	ecx, [rax - 48]
	cmp	cl, 10
	jb	.LBB21_2
# %bb.6:                                #   in Loop: Header=BB21_2 Depth=1
	or	al, 32
	add	al, -97
	cmp	al, 25
	jbe	.LBB21_2
# %bb.7:
	xor	eax, eax
.LBB21_8:
	ret
.LBB21_4:
	mov	eax, 1
	ret
.Lfunc_end21:
	.size	is_identifier, .Lfunc_end21-is_identifier
                                        # -- End function
	.globl	digit_sum_string                # -- Begin function digit_sum_string
	.p2align	4, 0x90
	.type	digit_sum_string,@function
digit_sum_string:                       # @digit_sum_string
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB22_1
# %bb.2:
	add	rdi, 1
	xor	ecx, ecx
	xor	eax, eax
	.p2align	4, 0x90
.LBB22_3:                               # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	lea	esi, [rdx - 48]
	add	edx, -48
	cmp	sil, 10
	cmovae	edx, ecx
	add	eax, edx
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	jne	.LBB22_3
# %bb.4:
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	digit_sum_string, .Lfunc_end22-digit_sum_string
                                        # -- End function
	.globl	squeeze_spaces                  # -- Begin function squeeze_spaces
	.p2align	4, 0x90
	.type	squeeze_spaces,@function
squeeze_spaces:                         # @squeeze_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB23_6
# %bb.1:
	lea	rax, [rdi + 1]
	xor	esi, esi
	jmp	.LBB23_2
	.p2align	4, 0x90
.LBB23_4:                               #   in Loop: Header=BB23_2 Depth=1
	xor	edx, edx
	cmp	cl, 32
	sete	dl
	mov	byte ptr [rdi], cl
	add	rdi, 1
.LBB23_5:                               #   in Loop: Header=BB23_2 Depth=1
	movzx	ecx, byte ptr [rax]
	add	rax, 1
	mov	esi, edx
	test	cl, cl
	je	.LBB23_6
.LBB23_2:                               # =>This Inner Loop Header: Depth=1
	cmp	cl, 32
	jne	.LBB23_4
# %bb.3:                                #   in Loop: Header=BB23_2 Depth=1
	mov	edx, 1
	test	esi, esi
	jne	.LBB23_5
	jmp	.LBB23_4
.LBB23_6:
	mov	byte ptr [rdi], 0
	ret
.Lfunc_end23:
	.size	squeeze_spaces, .Lfunc_end23-squeeze_spaces
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
